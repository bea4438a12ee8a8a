package lv.klade.printing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Reads a batch's classes from the journal on a few threads at once: reading the grade books of a
 * whole school is most of a batch's time, the reads of different classes are independent, and the
 * journal's connection pool serves several readers. The result is in the classes' order, the same
 * as if they were read one after another.
 */
final class ClassPreparation {
    /** At most this many readers: a batch shares the journal with the window. */
    private static final int MAX_THREADS = 4;
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final BooleanSupplier cancelled;

    ClassPreparation(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    /**
     * All requests' documents in order, joined into one {@link Prepared}; empty when cancelled or
     * interrupted first (the interrupt flag is left set). The first failure is thrown as it was.
     */
    Optional<Prepared<?>> prepareAll(List<PrintRequest> requests, Function<PrintRequest, Prepared<?>> prepare) {
        int threads = Math.min(Math.min(MAX_THREADS, requests.size()), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = threads > 1 ? pool(threads) : null;
        List<Future<Prepared<?>>> futures = new ArrayList<>();
        if (pool != null) {
            requests.forEach(r -> futures.add(pool.submit(() -> prepare.apply(r))));
        }
        try {
            Prepared<?> all = null;
            for (int i = 0; i < requests.size(); i++) {
                if (stopRequested()) {
                    return Optional.empty();
                }
                Prepared<?> one = pool == null ? prepare.apply(requests.get(i)) : futures.get(i).get();
                all = all == null ? one : all.plus(one);
            }
            return Optional.ofNullable(all);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failed) {
                throw failed;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading a class failed", e.getCause());
        } finally {
            // Never interrupt a reader: an interrupt in the middle of a read can close the journal's file.
            futures.forEach(f -> f.cancel(false));
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    private boolean stopRequested() {
        return cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    private static ExecutorService pool(int threads) {
        int run = RUNS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "klade-print-read-" + run + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
