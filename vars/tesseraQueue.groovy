// tesseraQueue(): the in-pipeline queue of run-time balancing. Jenkins' parallel branches live in one
// pipeline, so the pipeline itself can hand the next batch to whichever branch asks: no Redis is needed.
// The queue holds one number, the next batch to hand out. Which files batch k holds is the CLI's to say
// (`tessera run --shard i/N --batch k`): it computes the batch sequence from the plan with the same policy as
// the Redis queue (longest first, batches shrinking as the queue drains), so nothing here can drift from it.
// Pass the queue to every branch's tesseraShard as `queue:`. Help: vars/tesseraQueue.txt.

/** A new queue for one build: create it once, before `parallel`, and share it between the branches. */
Map call() {
    // A plain Map: it is saved with the program's state and restored as one object shared by the branches
    // when Jenkins resumes the build after a restart.
    return [next: 1]
}

/**
 * The next batch number: 1, 2, 3, … each handed out once. A number past the last batch is how a branch
 * learns that the queue is drained (the CLI answers `drained` and closes the branch's bundle).
 *
 * Jenkins runs the CPS code of all parallel branches on one thread, interleaving them only where a step
 * suspends (`sh`, `node`, …), so this read and write could not interleave there anyway. It is @NonCPS (plain
 * Groovy, run to its end without suspending) and synchronized all the same, so that it stays correct if the
 * branches ever run truly concurrently, as they do in the test harness: a `synchronized` block in CPS code is
 * not honoured, in a @NonCPS method it is.
 */
@NonCPS
int take(Map queue) {
    synchronized (queue) {
        int batch = queue.next as int
        queue.next = batch + 1
        return batch
    }
}
