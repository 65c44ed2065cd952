package org.credence.cli;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.credence.ingest.IngestItem;

/**
 * Skips the records that an earlier run already wrote. A batch writes its results in input
 * order, so what a run leaves behind is always a prefix of the input records: the filter checks
 * that the first records of the input have, one by one, the origins found in the output, and
 * passes on the rest. Inputs that no longer match (another file, a changed directory) are an
 * error naming the first difference, never a silent gap or doubling.
 */
final class ResumeFilter {

    private ResumeFilter() {
    }

    static Stream<IngestItem> after(Stream<IngestItem> items, List<String> done) {
        if (done.isEmpty()) {
            return items;
        }
        Iterator<IngestItem> it = items.iterator();
        int k = 0;
        while (k < done.size()) {
            if (!it.hasNext()) {
                throw new BadInputException("cannot resume: the output holds " + done.size() + " records but the inputs only "
                        + k + "; were the inputs changed? Run without --resume to start again.");
            }
            String origin = it.next().origin();
            if (!origin.equals(done.get(k))) {
                throw new BadInputException("cannot resume: record " + (k + 1) + " of the inputs is " + origin
                        + " but the output has " + done.get(k) + "; were the inputs changed? Run without --resume to start again.");
            }
            k++;
        }
        Iterator<IngestItem> rest = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public IngestItem next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return it.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rest, 0), false).onClose(items::close);
    }
}
