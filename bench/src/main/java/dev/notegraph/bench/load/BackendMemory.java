package dev.notegraph.bench.load;

/**
 * The backend's memory at one moment.
 *
 * @param rssMib resident set size (VmRSS)
 * @param heapMib heap in use right after a full GC, i.e. what is really retained
 */
record BackendMemory(long rssMib, long heapMib) {}
