package io.github.mocksecretsmanager.internal.engine;

import static io.github.mocksecretsmanager.internal.engine.ErrorCode.InvalidParameterException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When automatic rotation is due under a secret's {@link RotationRules}, in UTC, following the
 * Secrets Manager user guide ("Rotation schedules",
 * https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html) and
 * the API reference of {@code RotationRulesType}:
 *
 * <ul>
 *   <li>Rotation windows open on the hour. {@code rate(N days)} and {@code AutomaticallyAfterDays}
 *       (which Secrets Manager counts from the previous rotation) open the window at midnight UTC,
 *       N days after the day of the last rotation; by default it stays open to the end of that day.
 *   <li>{@code rate(N hours)} (N at least 4) opens the window N hours after the hour of the last
 *       rotation; by default it stays open one hour.
 *   <li>{@code cron(0 Hours Day-of-month Month Day-of-week *)} opens it at each matching hour (steps
 *       in Hours restart each day); by default it stays open one hour when the expression names
 *       several hours a day, else to the end of the day.
 *   <li>{@code Duration} ({@code 1h}..{@code 24h}) sets the window's length; it must not reach into
 *       the next window nor past midnight UTC.
 * </ul>
 *
 * <p>AWS documents {@code NextRotationDate} as "the next rotation is scheduled to occur on or before
 * this date", the latest date rotation will happen: that is the window's close, {@code
 * nextWindowStart(last).plus(window())}. The emulator reports {@link #nextWindowStart} instead, so
 * that a test moving its clock to that instant sees the rotation at the earliest moment AWS could.
 */
final class RotationSchedule {

    /** "You can rotate a secret as often as every four hours." */
    private static final int MIN_HOURS_BETWEEN_ROTATIONS = 4;

    /** "The maximum rotation period is 999 days." */
    private static final int MAX_RATE_DAYS = 999;

    private static final Pattern RATE = Pattern.compile("rate\\((\\d{1,7}) (hours?|days?)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,2})h");
    private static final Pattern NEAREST_WEEKDAY = Pattern.compile("(\\d{1,2})W");
    private static final Pattern LAST_OF_WEEKDAY = Pattern.compile("(\\w+)L");
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(\\w+)#(\\d)");

    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    /** Years scanned to check a cron schedule fires every year: a full cycle of weekdays and leap years. */
    private static final int SCAN_FROM_YEAR = 2000;

    private static final int SCAN_YEARS = 28;

    private final Timing timing;
    private final Duration window;

    private RotationSchedule(Timing timing, Duration window) {
        this.timing = timing;
        this.window = window;
    }

    /**
     * Parses and validates {@code rules}.
     *
     * @throws AwsException {@code InvalidParameterException} when Secrets Manager would reject them
     */
    static RotationSchedule of(RotationRules rules) {
        Long days = rules.automaticallyAfterDays();
        String expression = rules.scheduleExpression();
        if (days != null && expression != null) {
            throw invalid("You cannot specify both rotation frequency and schedule expression together.");
        }
        if (days != null) {
            if (days < 1 || days > 1000) {
                throw invalid("The AutomaticallyAfterDays value must be between 1 and 1000 days (inclusive).");
            }
            return everyDays(days, rules.duration());
        }
        if (expression == null) {
            throw invalid("RotationRules must have AutomaticallyAfterDays or ScheduleExpression.");
        }
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            long amount = Long.parseLong(rate.group(1));
            if (amount < 1) {
                throw invalidExpression(expression, "the rate value must be a positive integer");
            }
            if (rate.group(2).startsWith("day")) {
                if (amount > MAX_RATE_DAYS) {
                    throw invalidExpression(expression, "the rotation period can be at most 999 days");
                }
                return everyDays(amount, rules.duration());
            }
            return everyHours(expression, amount, rules.duration());
        }
        Matcher cron = CRON.matcher(expression);
        if (cron.matches()) {
            return Cron.parse(expression, cron.group(1), rules.duration());
        }
        throw invalidExpression(expression, "use a rate() or cron() expression");
    }

    /**
     * The start of the first rotation window after {@code after}: the last rotation, or the instant
     * rotation was turned on when the secret was never rotated.
     */
    Instant nextWindowStart(Instant after) {
        return timing.nextAfter(after);
    }

    /** How long each rotation window stays open. */
    Duration window() {
        return window;
    }

    private static RotationSchedule everyDays(long days, @Nullable String duration) {
        Duration window = window(duration, 24, 24, "the next UTC day");
        return new RotationSchedule(after -> after.truncatedTo(ChronoUnit.DAYS).plus(days, ChronoUnit.DAYS), window);
    }

    private static RotationSchedule everyHours(String expression, long hours, @Nullable String duration) {
        if (hours < MIN_HOURS_BETWEEN_ROTATIONS) {
            throw tooOften(expression);
        }
        if (hours > MAX_RATE_DAYS * 24L) {
            throw invalidExpression(expression, "the rotation period can be at most 999 days");
        }
        Duration window = window(duration, 1, hours, "the next rotation window");
        return new RotationSchedule(after -> after.truncatedTo(ChronoUnit.HOURS).plus(hours, ChronoUnit.HOURS), window);
    }

    private static Duration window(@Nullable String duration, long defaultHours, long maxHours, String limit) {
        if (duration == null) {
            return Duration.ofHours(defaultHours);
        }
        Matcher matcher = DURATION.matcher(duration);
        int hours = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
        if (hours < 1 || hours > 24) {
            throw invalid("The Duration " + duration
                    + " is not valid: give the rotation window in hours, from 1h to 24h, for example 3h.");
        }
        if (hours > maxHours) {
            throw invalid("The rotation window " + duration + " would extend into " + limit + ".");
        }
        return Duration.ofHours(hours);
    }

    private static AwsException invalid(String message) {
        return new AwsException(InvalidParameterException, message);
    }

    private static AwsException invalidExpression(String expression, String reason) {
        return invalid("The ScheduleExpression " + expression + " is not valid: " + reason + ".");
    }

    private static AwsException tooOften(String expression) {
        return invalidExpression(expression, "you can rotate a secret at most every four hours");
    }

    @FunctionalInterface
    private interface Timing {
        Instant nextAfter(Instant after);
    }

    /** A parsed {@code cron(...)}: the hours of a day as bits, the months as bits, and which days match. */
    private record Cron(long hours, int months, Predicate<LocalDate> days) implements Timing {

        static RotationSchedule parse(String expression, String body, @Nullable String duration) {
            String[] fields = body.trim().split("\\s+", -1);
            if (fields.length != 6) {
                throw invalidExpression(
                        expression,
                        "a cron expression has six fields: Minutes Hours Day-of-month Month Day-of-week Year");
            }
            if (!fields[0].equals("0")) {
                throw invalidExpression(
                        expression, "the Minutes field must be 0, as rotation windows open on the hour");
            }
            if (!fields[5].equals("*")) {
                throw invalidExpression(expression, "the Year field must be *");
            }
            boolean anyDayOfMonth = fields[2].equals("?");
            if (anyDayOfMonth == fields[4].equals("?")) {
                throw invalidExpression(expression, "use ? in exactly one of Day-of-month and Day-of-week");
            }
            Cron cron = new Cron(
                    values(expression, fields[1], 0, 23, List.of()),
                    (int) values(expression, fields[3], 1, 12, MONTHS),
                    anyDayOfMonth ? dayOfWeek(expression, fields[4]) : dayOfMonth(expression, fields[2]));
            return cron.validated(expression, duration);
        }

        @Override
        public Instant nextAfter(Instant after) {
            LocalDateTime from = LocalDateTime.ofInstant(after, ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.HOURS)
                    .plusHours(1);
            LocalDate day = from.toLocalDate();
            long later = hours & (-1L << from.getHour());
            for (int i = 0; i <= 2 * 366; i++, day = day.plusDays(1), later = hours) {
                if (matches(day) && later != 0) {
                    return day.atTime(Long.numberOfTrailingZeros(later), 0).toInstant(ZoneOffset.UTC);
                }
            }
            throw new IllegalStateException("a validated schedule fires every year");
        }

        private boolean matches(LocalDate day) {
            return (months & (1 << day.getMonthValue())) != 0 && days.test(day);
        }

        /** Checks the schedule fires every year, no more often than every 4 hours, and the window fits. */
        private RotationSchedule validated(String expression, @Nullable String duration) {
            boolean consecutiveDays = false;
            for (int year = SCAN_FROM_YEAR; year < SCAN_FROM_YEAR + SCAN_YEARS; year++) {
                boolean fires = false;
                for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                    if (matches(day)) {
                        fires = true;
                        consecutiveDays |= matches(day.plusDays(1));
                    }
                }
                if (!fires) {
                    throw invalidExpression(
                            expression, "Secrets Manager does not support rotation schedules more than a year apart");
                }
            }
            int first = Long.numberOfTrailingZeros(hours);
            int last = 63 - Long.numberOfLeadingZeros(hours);
            int toMidnight = 24 - last;
            if (first == last) {
                return new RotationSchedule(this, window(duration, toMidnight, toMidnight, "the next UTC day"));
            }
            int gap = consecutiveDays ? 24 - last + first : 24;
            for (int hour = first + 1, previous = first; hour <= last; hour++) {
                if ((hours & (1L << hour)) != 0) {
                    gap = Math.min(gap, hour - previous);
                    previous = hour;
                }
            }
            if (gap < MIN_HOURS_BETWEEN_ROTATIONS) {
                throw tooOften(expression);
            }
            Duration window = gap <= toMidnight
                    ? window(duration, 1, gap, "the next rotation window")
                    : window(duration, 1, toMidnight, "the next UTC day");
            return new RotationSchedule(this, window);
        }

        private static Predicate<LocalDate> dayOfMonth(String expression, String field) {
            if (field.equals("L")) {
                return day -> day.getDayOfMonth() == day.lengthOfMonth();
            }
            if (field.equals("LW")) {
                return day -> day.equals(weekdayNearest(day.with(TemporalAdjusters.lastDayOfMonth())));
            }
            Matcher nearest = NEAREST_WEEKDAY.matcher(field);
            if (nearest.matches()) {
                int target = number(expression, nearest.group(1), 1, 31);
                return day -> target <= day.lengthOfMonth() && day.equals(weekdayNearest(day.withDayOfMonth(target)));
            }
            long days = values(expression, field, 1, 31, List.of());
            return day -> (days & (1L << day.getDayOfMonth())) != 0;
        }

        /** The weekday nearest to {@code day} within its month ({@code W}). */
        private static LocalDate weekdayNearest(LocalDate day) {
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday == DayOfWeek.SATURDAY) {
                return day.getDayOfMonth() == 1 ? day.plusDays(2) : day.minusDays(1);
            }
            if (weekday == DayOfWeek.SUNDAY) {
                return day.getDayOfMonth() == day.lengthOfMonth() ? day.minusDays(2) : day.plusDays(1);
            }
            return day;
        }

        private static Predicate<LocalDate> dayOfWeek(String expression, String field) {
            if (field.equals("L")) {
                return day -> day.getDayOfWeek() == DayOfWeek.SATURDAY;
            }
            Matcher last = LAST_OF_WEEKDAY.matcher(field);
            if (last.matches()) {
                int weekday = value(expression, last.group(1), 1, 7, DAYS);
                return day -> awsDayOfWeek(day) == weekday && day.plusWeeks(1).getMonth() != day.getMonth();
            }
            Matcher nth = NTH_WEEKDAY.matcher(field);
            if (nth.matches()) {
                int weekday = value(expression, nth.group(1), 1, 7, DAYS);
                int n = number(expression, nth.group(2), 1, 5);
                return day -> awsDayOfWeek(day) == weekday && (day.getDayOfMonth() - 1) / 7 + 1 == n;
            }
            long weekdays = values(expression, field, 1, 7, DAYS);
            return day -> (weekdays & (1L << awsDayOfWeek(day))) != 0;
        }

        /** 1 for Sunday to 7 for Saturday, as in cron. */
        private static int awsDayOfWeek(LocalDate day) {
            return day.getDayOfWeek().getValue() % 7 + 1;
        }

        /** A field of {@code *}, values, {@code a-b} ranges and {@code /step}s, comma separated, as bits. */
        private static long values(String expression, String field, int min, int max, List<String> names) {
            long bits = 0;
            for (String part : field.split(",", -1)) {
                int slash = part.indexOf('/');
                String range = slash < 0 ? part : part.substring(0, slash);
                int step = slash < 0 ? 1 : number(expression, part.substring(slash + 1), 1, max);
                int dash = range.indexOf('-');
                int from;
                int to;
                if (range.equals("*")) {
                    from = min;
                    to = max;
                } else if (dash > 0) {
                    from = value(expression, range.substring(0, dash), min, max, names);
                    to = value(expression, range.substring(dash + 1), min, max, names);
                } else {
                    from = value(expression, range, min, max, names);
                    to = slash < 0 ? from : max;
                }
                if (from > to) {
                    throw invalidExpression(expression, "the range " + range + " runs backwards");
                }
                for (int v = from; v <= to; v += step) {
                    bits |= 1L << v;
                }
            }
            return bits;
        }

        private static int value(String expression, String text, int min, int max, List<String> names) {
            int named = names.indexOf(text.toUpperCase(Locale.ROOT));
            return named >= 0 ? named + min : number(expression, text, min, max);
        }

        private static int number(String expression, String text, int min, int max) {
            if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
                throw invalidExpression(
                        expression, "'" + text + "' is not a value from " + min + " to " + max + " in its field");
            }
            return Integer.parseInt(text);
        }
    }
}
