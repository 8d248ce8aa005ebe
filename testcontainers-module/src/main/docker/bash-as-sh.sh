#!/bin/sh
# /bin/bash of the LocalStack variant: LocalStackContainer's start script begins with #!/bin/bash,
# but needs only POSIX sh (exports and one command), which busybox provides.
exec /bin/sh "$@"
