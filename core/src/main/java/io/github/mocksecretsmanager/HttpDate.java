package io.github.mocksecretsmanager;

/**
 * The {@code Date} header's value (RFC 9110's IMF-fixdate, {@code Sun, 06 Nov 1994 08:49:37 GMT}),
 * computed by hand and kept for the second it names. Undertow's own uses {@code SimpleDateFormat},
 * whose calendar and locale data cost the first answer some 30 ms.
 */
final class HttpDate {

    private static final String[] DAYS = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private record Cached(long second, String text) {}

    private static volatile Cached cached = new Cached(Long.MIN_VALUE, "");

    private HttpDate() {}

    static String now() {
        long second = Math.floorDiv(System.currentTimeMillis(), 1000);
        Cached current = cached;
        if (current.second() != second) {
            current = new Cached(second, format(second));
            cached = current;
        }
        return current.text();
    }

    /** {@code epochSecond} as an IMF-fixdate. */
    static String format(long epochSecond) {
        long days = Math.floorDiv(epochSecond, 86_400);
        int secondOfDay = Math.floorMod(epochSecond, 86_400);
        // Civil date from days since 1970-01-01: Howard Hinnant's civil_from_days.
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        int dayOfEra = (int) (z - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        StringBuilder text =
                new StringBuilder(29).append(DAYS[Math.floorMod(days, 7)]).append(", ");
        twoDigits(text, day)
                .append(' ')
                .append(MONTHS[month - 1])
                .append(' ')
                .append(year)
                .append(' ');
        twoDigits(text, secondOfDay / 3600).append(':');
        twoDigits(text, secondOfDay / 60 % 60).append(':');
        return twoDigits(text, secondOfDay % 60).append(" GMT").toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
