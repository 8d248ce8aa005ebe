package io.github.mocksecretsmanager.journal;

import java.util.Comparator;
import java.util.List;

/** Counts matching requests and, when the count is wrong, explains with the closest requests. */
final class Verification {

    static final int NEAR_MISSES = 3;

    private Verification() {}

    static void check(List<RecordedRequest> recorded, RequestPattern pattern, Times times) {
        List<RecordedRequest> matching =
                recorded.stream().filter(pattern::matches).toList();
        if (times.accepts(matching.size())) {
            return;
        }
        StringBuilder message = new StringBuilder("Expected ")
                .append(times)
                .append(times.toString().endsWith(" 1") ? " request" : " requests")
                .append(" matching ")
                .append(pattern)
                .append(", but received ")
                .append(matching.size())
                .append('.');
        if (!matching.isEmpty()) {
            message.append("\nMatching requests:");
            matching.forEach(request -> message.append("\n  ").append(request));
        } else if (recorded.isEmpty()) {
            message.append("\nThe journal holds no request.");
        } else {
            message.append("\nClosest recorded requests (")
                    .append(Math.min(NEAR_MISSES, recorded.size()))
                    .append(" of ")
                    .append(recorded.size())
                    .append("):");
            recorded.stream()
                    .sorted(Comparator.comparingInt(pattern::distance)
                            .thenComparing(Comparator.comparingLong(RecordedRequest::sequence)
                                    .reversed()))
                    .limit(NEAR_MISSES)
                    .forEach(request -> message.append("\n  ")
                            .append(request)
                            .append("  (differs in: ")
                            .append(String.join(", ", pattern.differences(request)))
                            .append(')'));
        }
        long dropped = recorded.isEmpty() ? 0 : recorded.get(0).sequence() - 1;
        if (dropped > 0) {
            message.append("\n(")
                    .append(dropped)
                    .append(dropped == 1 ? " earlier request was" : " earlier requests were")
                    .append(" dropped: the journal keeps only the most recent ")
                    .append(recorded.size())
                    .append(".)");
        }
        throw new VerificationException(message.toString());
    }
}
