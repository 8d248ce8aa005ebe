# Free loopback ports for the bench scripts (sourced by run.sh, soak.sh and container.sh).

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Below the kernel's ephemeral range, so no client socket (wrk's, docker-proxy's) holds a port we want.
ephemeral_low=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
free_port() {
    local port
    while :; do
        port=$((10000 + RANDOM % (ephemeral_low - 10000)))
        port_in_use "$port" || { echo "$port"; return; }
    done
}
