package io.github.mocksecretsmanager.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sources. [Guide] https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html
 * (rotation windows open on the hour; a rate() in days opens at midnight; by default a window closes
 * after one hour for a schedule in hours and at the end of the day for one in days; Duration may
 * not reach into the next window nor the next UTC day; rotation at most every four hours; a rate is
 * at most 999 days; cron Minutes must be 0 and Year must be *; hour steps restart each day; ? in one
 * of Day-of-month and Day-of-week; its example table). [API]
 * https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotationRulesType.html
 * (AutomaticallyAfterDays 1 to 1000, counted from the previous rotation; Duration such as 3h). [TF]
 * https://github.com/hashicorp/terraform-provider-aws/issues/33329 (AWS's answer to both
 * AutomaticallyAfterDays and ScheduleExpression).
 */
class RotationScheduleTest {

    private static RotationSchedule schedule(String expression) {
        return RotationSchedule.of(new RotationRules(null, null, expression));
    }

    private static RotationSchedule schedule(String expression, String duration) {
        return RotationSchedule.of(new RotationRules(null, duration, expression));
    }

    private static void assertRejected(RotationRules rules, String message) {
        assertThatThrownBy(() -> RotationSchedule.of(rules))
                .isInstanceOfSatisfying(
                        AwsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.InvalidParameterException))
                .hasMessageContaining(message);
    }

    // [API] "Secrets Manager calculates the next rotation date based on the previous rotation";
    // [Guide] a rate in days opens its window at midnight UTC. AutomaticallyAfterDays is the same.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1    | 2024-01-10T15:20:00Z | 2024-01-11T00:00:00Z",
                "1    | 2024-01-10T00:00:00Z | 2024-01-11T00:00:00Z",
                "30   | 2024-01-31T23:59:59Z | 2024-03-01T00:00:00Z",
                "30   | 2023-01-31T23:59:59Z | 2023-03-02T00:00:00Z",
                "1000 | 2024-01-01T12:00:00Z | 2026-09-27T00:00:00Z"
            })
    void automaticallyAfterDaysOpensAtMidnightThatManyDaysAfterTheLastRotation(
            long days, Instant last, Instant expected) {
        RotationSchedule schedule = RotationSchedule.of(new RotationRules(days, null, null));
        assertThat(schedule.nextWindowStart(last)).isEqualTo(expected);
        assertThat(schedule.window()).isEqualTo(Duration.ofHours(24));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rate(1 day)    | 2023-12-31T00:00:00Z | 2024-01-01T00:00:00Z",
                "rate(1 days)   | 2023-12-31T23:00:00Z | 2024-01-01T00:00:00Z",
                "rate(10 days)  | 2024-02-25T08:00:00Z | 2024-03-06T00:00:00Z",
                "rate(10 days)  | 2023-02-25T08:00:00Z | 2023-03-07T00:00:00Z",
                "rate(999 days) | 2024-01-01T00:00:00Z | 2026-09-26T00:00:00Z"
            })
    void rateInDaysOpensAtMidnight(String expression, Instant last, Instant expected) {
        assertThat(schedule(expression).nextWindowStart(last)).isEqualTo(expected);
        assertThat(schedule(expression).window()).isEqualTo(Duration.ofHours(24));
    }

    // [Guide] windows open on the hour, "as often as every four hours", one hour long by default.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rate(4 hours)  | 2024-01-10T15:20:00Z | 2024-01-10T19:00:00Z",
                "rate(12 hours) | 2024-01-10T15:00:00Z | 2024-01-11T03:00:00Z",
                "rate(24 hours) | 2024-01-10T23:30:00Z | 2024-01-11T23:00:00Z",
                "rate(48 hour)  | 2024-02-28T10:59:59Z | 2024-03-01T10:00:00Z"
            })
    void rateInHoursOpensThatManyHoursAfterTheHourOfTheLastRotation(String expression, Instant last, Instant expected) {
        assertThat(schedule(expression).nextWindowStart(last)).isEqualTo(expected);
        assertThat(schedule(expression).window()).isEqualTo(Duration.ofHours(1));
    }

    // [Guide] the example table (with ? for the unused day field), plus L, W, #, names, lists, steps.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "cron(0 10 * * ? *)               | 2024-01-10T09:59:59Z | 2024-01-10T10:00:00Z",
                "cron(0 10 * * ? *)               | 2024-01-10T10:00:00Z | 2024-01-11T10:00:00Z",
                "cron(0 10 * * ? *)               | 2024-12-31T10:30:00Z | 2025-01-01T10:00:00Z",
                "cron(0 18 ? * SAT *)             | 2024-01-10T00:00:00Z | 2024-01-13T18:00:00Z",
                "cron(0 8 1 * ? *)                | 2024-01-10T00:00:00Z | 2024-02-01T08:00:00Z",
                "cron(0 1 ? 1/3 SUN *)            | 2024-02-01T00:00:00Z | 2024-04-07T01:00:00Z",
                "cron(0 17 L * ? *)               | 2024-02-10T00:00:00Z | 2024-02-29T17:00:00Z",
                "cron(0 17 L * ? *)               | 2023-02-10T00:00:00Z | 2023-02-28T17:00:00Z",
                "cron(0 17 L * ? *)               | 2024-04-30T17:00:00Z | 2024-05-31T17:00:00Z",
                "cron(0 8 ? * MON-FRI *)          | 2024-01-12T09:00:00Z | 2024-01-15T08:00:00Z",
                "cron(0 8 ? * 2-6 *)              | 2024-01-13T09:00:00Z | 2024-01-15T08:00:00Z",
                "cron(0 16 1,15 * ? *)            | 2024-01-01T16:00:00Z | 2024-01-15T16:00:00Z",
                "cron(0 0 ? * SUN#1 *)            | 2024-01-08T00:00:00Z | 2024-02-04T00:00:00Z",
                "cron(0 11 ? 1,4,7,10 3#1 *)      | 2024-01-10T00:00:00Z | 2024-04-02T11:00:00Z",
                "cron(0 11 ? MAR,JUN,SEP,DEC 3L *)| 2024-03-01T00:00:00Z | 2024-03-26T11:00:00Z",
                "cron(0 11 ? * TUEL *)            | 2024-04-01T00:00:00Z | 2024-04-30T11:00:00Z",
                "cron(0 5 ? * L *)                | 2024-01-10T00:00:00Z | 2024-01-13T05:00:00Z",
                "cron(0 9 15W * ? *)              | 2024-06-01T00:00:00Z | 2024-06-14T09:00:00Z",
                "cron(0 9 1W * ? *)               | 2024-05-02T00:00:00Z | 2024-06-03T09:00:00Z",
                "cron(0 9 1W * ? *)               | 2024-08-02T00:00:00Z | 2024-09-02T09:00:00Z",
                "cron(0 9 31W * ? *)              | 2024-03-01T00:00:00Z | 2024-03-29T09:00:00Z",
                "cron(0 9 LW * ? *)               | 2024-08-02T00:00:00Z | 2024-08-30T09:00:00Z",
                "cron(0 9 LW * ? *)               | 2024-03-02T00:00:00Z | 2024-03-29T09:00:00Z",
                "cron(0 6 ? jan-mar sun-sat *)    | 2024-03-31T06:00:00Z | 2025-01-01T06:00:00Z",
                "cron(0 8 1/7 * ? *)              | 2024-02-22T08:00:00Z | 2024-02-29T08:00:00Z",
                "cron(0 8 1/7 * ? *)              | 2023-02-22T08:00:00Z | 2023-03-01T08:00:00Z",
                "cron(0 4/12 * * ? *)             | 2024-01-10T05:00:00Z | 2024-01-10T16:00:00Z",
                "cron(0 4/12 * * ? *)             | 2024-01-10T16:00:00Z | 2024-01-11T04:00:00Z",
                "cron(0 */8 * * ? *)              | 2024-01-10T16:00:00Z | 2024-01-11T00:00:00Z",
                "cron(0 0 29 * ? *)               | 2023-01-30T00:00:00Z | 2023-03-29T00:00:00Z",
                "cron(0 0 31 * ? *)               | 2024-01-31T00:00:00Z | 2024-03-31T00:00:00Z"
            })
    void cronOpensAtTheNextMatchingHourStrictlyAfter(String expression, Instant after, Instant expected) {
        assertThat(schedule(expression).nextWindowStart(after)).isEqualTo(expected);
    }

    // [Guide] "Secrets Manager rotation schedules use UTC time zone": daylight saving changes nothing.
    @Test
    void daylightSavingChangesNothing() {
        RotationSchedule daily = schedule("cron(0 2 * * ? *)");
        Instant usChange = daily.nextWindowStart(Instant.parse("2024-03-10T01:30:00Z"));
        Instant euChange = daily.nextWindowStart(Instant.parse("2024-03-30T02:00:00Z"));
        assertThat(usChange).isEqualTo(Instant.parse("2024-03-10T02:00:00Z"));
        assertThat(euChange).isEqualTo(Instant.parse("2024-03-31T02:00:00Z"));
        assertThat(Duration.between(euChange, daily.nextWindowStart(euChange))).isEqualTo(Duration.ofHours(24));
        assertThat(schedule("rate(1 day)").nextWindowStart(Instant.parse("2024-10-26T23:59:59Z")))
                .isEqualTo(Instant.parse("2024-10-27T00:00:00Z"));
    }

    // [Guide] default window: one hour for a schedule in hours, to the end of the UTC day for one in
    // days; Duration sets it, but not into the next window nor past midnight UTC.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rate(10 days)         |     | 24",
                "rate(10 days)         | 3h  | 3",
                "rate(10 days)         | 24h | 24",
                "rate(4 hours)         |     | 1",
                "rate(4 hours)         | 4h  | 4",
                "rate(48 hours)        | 24h | 24",
                "cron(0 20 * * ? *)    |     | 4",
                "cron(0 20 * * ? *)    | 4h  | 4",
                "cron(0 0 1 * ? *)     |     | 24",
                "cron(0 4/12 * * ? *)  |     | 1",
                "cron(0 4/12 * * ? *)  | 8h  | 8",
                "cron(0 0/6 * * ? *)   | 6h  | 6",
                "cron(0 1,20 ? * MON *)| 3h  | 3",
                "cron(0 2,22 ? * MON *)| 2h  | 2"
            })
    void windowDefaultsAndDuration(String expression, @Nullable String duration, long hours) {
        RotationSchedule schedule = RotationSchedule.of(new RotationRules(null, duration, expression));
        assertThat(schedule.window()).isEqualTo(Duration.ofHours(hours));
    }

    @Test
    void durationAppliesToAutomaticallyAfterDaysToo() {
        assertThat(RotationSchedule.of(new RotationRules(7L, "2h", null)).window())
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void bothFrequencyAndExpressionAreRejectedWithTheRecordedMessage() {
        // [TF] InvalidParameterException: You cannot specify both rotation frequency and schedule
        // expression together.
        assertThatThrownBy(() -> RotationSchedule.of(new RotationRules(7L, null, "rate(7 days)")))
                .isInstanceOfSatisfying(
                        AwsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.InvalidParameterException))
                .hasMessage("You cannot specify both rotation frequency and schedule expression together.");
    }

    @Test
    void rulesWithoutASchedule() {
        assertRejected(
                new RotationRules(null, "3h", null),
                "RotationRules must have AutomaticallyAfterDays or ScheduleExpression.");
    }

    @ParameterizedTest
    @CsvSource({"0", "1001", "-1"})
    void automaticallyAfterDaysOutOfRange(long days) {
        assertRejected(
                new RotationRules(days, null, null),
                "The AutomaticallyAfterDays value must be between 1 and 1000 days (inclusive).");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rate(0 days)                  | the rate value must be a positive integer",
                "rate(1000 days)               | at most 999 days",
                "rate(23977 hours)             | at most 999 days",
                "rate(1 hour)                  | at most every four hours",
                "rate(3 hours)                 | at most every four hours",
                "rate(5 minutes)               | use a rate() or cron() expression",
                "rate(1 week)                  | use a rate() or cron() expression",
                "rate(-1 days)                 | use a rate() or cron() expression",
                "Rate(1 day)                   | use a rate() or cron() expression",
                "every day                     | use a rate() or cron() expression",
                "cron(0 10 * * ?)              | six fields",
                "cron(0 10 * * ? * *)          | six fields",
                "cron(30 10 * * ? *)           | the Minutes field must be 0",
                "cron(0/30 10 * * ? *)         | the Minutes field must be 0",
                "cron(0 10 * * ? 2025)         | the Year field must be *",
                "cron(0 10 * * * *)            | use ? in exactly one of Day-of-month and Day-of-week",
                "cron(0 10 ? * ? *)            | use ? in exactly one of Day-of-month and Day-of-week",
                "cron(0 24 * * ? *)            | '24' is not a value from 0 to 23",
                "cron(0 ? * * ? *)             | '?' is not a value from 0 to 23",
                "cron(0 10 0 * ? *)            | '0' is not a value from 1 to 31",
                "cron(0 10 32 * ? *)           | '32' is not a value from 1 to 31",
                "cron(0 10 1 13 ? *)           | '13' is not a value from 1 to 12",
                "cron(0 10 1 FOO ? *)          | 'FOO' is not a value from 1 to 12",
                "cron(0 10 ? * 8 *)            | '8' is not a value from 1 to 7",
                "cron(0 10 ? * MON#6 *)        | '6' is not a value from 1 to 5",
                "cron(0 10 ? * FUNL *)         | 'FUN' is not a value from 1 to 7",
                "cron(0 10 32W * ? *)          | '32' is not a value from 1 to 31",
                "cron(0 10 1,,2 * ? *)         | '' is not a value from 1 to 31",
                "cron(0 10/0 * * ? *)          | '0' is not a value from 1 to 23",
                "cron(0 10 20-5 * ? *)         | the range 20-5 runs backwards",
                "cron(0 10 30 2 ? *)           | more than a year apart",
                "cron(0 10 29 2 ? *)           | more than a year apart",
                "cron(0 10 ? 2 1#5 *)          | more than a year apart",
                "cron(0 0/2 * * ? *)           | at most every four hours",
                "cron(0 1,3 ? * MON *)         | at most every four hours",
                "cron(0 0,22 * * ? *)          | at most every four hours"
            })
    void malformedOrUnsupportedExpressions(String expression, String reason) {
        assertRejected(
                new RotationRules(null, null, expression), "The ScheduleExpression " + expression + " is not valid: ");
        assertRejected(new RotationRules(null, null, expression), reason);
    }

    // The day-of-week-and-day-of-month example of the guide's table uses * with SUN, which its own ?
    // rule forbids; it is rejected like any such expression.
    @Test
    void theGuidesEveryThreeMonthsExampleBreaksItsOwnQuestionMarkRule() {
        assertRejected(new RotationRules(null, null, "cron(0 1 * 1/3 SUN *)"), "use ? in exactly one");
    }

    @ParameterizedTest
    @CsvSource({"3", "0h", "h3", "25h", "99h", "1d", "3H"})
    void malformedDuration(String duration) {
        assertRejected(
                new RotationRules(null, duration, "rate(1 day)"),
                "The Duration " + duration
                        + " is not valid: give the rotation window in hours, from 1h to 24h, for example 3h.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rate(4 hours)          | 5h | the next rotation window",
                "cron(0 0/6 * * ? *)    | 7h | the next rotation window",
                "cron(0 20 * * ? *)     | 5h | the next UTC day",
                "cron(0 4/12 * * ? *)   | 9h | the next UTC day",
                "cron(0 2,22 ? * MON *) | 3h | the next UTC day"
            })
    void windowReachingIntoTheNextWindowOrDay(String expression, String duration, String limit) {
        assertRejected(
                new RotationRules(null, duration, expression),
                "The rotation window " + duration + " would extend into " + limit + ".");
    }

    @Test
    void windowAfterNextStartMatchesScheduleFromTheSameRules() {
        RotationSchedule schedule = schedule("cron(0 9 ? * MON-FRI *)", "3h");
        Instant start = schedule.nextWindowStart(Instant.parse("2024-01-12T10:00:00Z"));
        assertThat(start).isEqualTo(Instant.parse("2024-01-15T09:00:00Z"));
        assertThat(start.plus(schedule.window())).isEqualTo(Instant.parse("2024-01-15T12:00:00Z"));
    }
}
