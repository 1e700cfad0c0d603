// ==== [qlm:threads] persistent thread pool with a spinning barrier ======================
// A context owns one pool. A forward pass is one job: every thread runs the same
// function (SPMD, like an OpenMP parallel region) and meets the others at barriers
// between operations, so a token costs one wake-up instead of one per matrix.
// Workers spin briefly for the next job (tokens come back to back while generating),
// then sleep on a condition variable so an idle chat uses no CPU.
#ifndef QLM_THREADPOOL_H
#define QLM_THREADPOOL_H
#include "internal.h"

#ifndef QLM_NO_THREADS
#include <condition_variable>
#include <mutex>
#include <thread>
#endif

namespace qlm_detail {

inline void cpu_relax() {
#if defined(QLMI_X86)
    _mm_pause();
#endif
}
inline void yield_now() {
#ifndef QLM_NO_THREADS
    std::this_thread::yield();
#endif
}

struct thread_pool {
    typedef void (*job_fn)(void* arg, int ith, int nth);

    int n = 1; // threads, the caller included

    bool start(int n_threads) {
#ifdef QLM_NO_THREADS
        (void)n_threads;
        n = 1;
        return true;
#else
        n = n_threads < 1 ? 1 : n_threads;
        try {
            for (int i = 1; i < n; i++) workers.emplace_back([this, i] { worker(i); });
        } catch (...) {
            n = 1 + (int)workers.size();
            return false;
        }
        return true;
#endif
    }

    void stop() {
#ifndef QLM_NO_THREADS
        {
            std::lock_guard<std::mutex> lk(mu);
            quit = true;
            generation.fetch_add(1, std::memory_order_release);
        }
        cv.notify_all();
        for (auto& t : workers) t.join();
        workers.clear();
#endif
        n = 1;
    }

    // Runs fn(arg, ith, n) on every thread (the caller is ith = 0) and returns when all
    // have finished.
    void run(job_fn fn, void* arg) {
        if (n == 1) {
            fn(arg, 0, 1);
            return;
        }
#ifndef QLM_NO_THREADS
        job = fn;
        job_arg = arg;
        pending.store(n - 1, std::memory_order_relaxed);
        {
            std::lock_guard<std::mutex> lk(mu);
            generation.fetch_add(1, std::memory_order_release);
        }
        cv.notify_all();
        fn(arg, 0, n);
        for (int spin = 0; pending.load(std::memory_order_acquire) != 0;) {
            if (spin < 4096) {
                cpu_relax();
                spin++;
            } else {
                yield_now();
            }
        }
#endif
    }

    // All n threads of the current job must call it the same number of times.
    void barrier() {
        if (n == 1) return;
        int phase = bar_phase.load(std::memory_order_acquire);
        if (bar_count.fetch_add(1, std::memory_order_acq_rel) == n - 1) {
            bar_count.store(0, std::memory_order_relaxed);
            bar_phase.fetch_add(1, std::memory_order_release);
        } else {
            // Spin (a barrier is usually met within microseconds), then yield: when the
            // machine has more runnable threads than cores, the thread being waited for
            // may need this core to get there.
            for (int spin = 0; bar_phase.load(std::memory_order_acquire) == phase;) {
                if (spin < 4096) {
                    cpu_relax();
                    spin++;
                } else {
                    yield_now();
                }
            }
        }
    }

    ~thread_pool() { stop(); }

private:
    std::atomic<int> bar_count{0};
    std::atomic<int> bar_phase{0};
#ifndef QLM_NO_THREADS
    std::vector<std::thread> workers;
    std::mutex mu;
    std::condition_variable cv;
    std::atomic<uint64_t> generation{0};
    std::atomic<int> pending{0};
    job_fn job = nullptr;
    void* job_arg = nullptr;
    bool quit = false;

    void worker(int ith) {
        uint64_t seen = 0;
        for (;;) {
            // Spin ~50-100 us for the next job, then sleep.
            uint64_t g = generation.load(std::memory_order_acquire);
            for (int spin = 0; g == seen && spin < 20000; spin++) {
                cpu_relax();
                g = generation.load(std::memory_order_acquire);
            }
            if (g == seen) {
                std::unique_lock<std::mutex> lk(mu);
                cv.wait(lk, [&] { return generation.load(std::memory_order_acquire) != seen; });
                g = generation.load(std::memory_order_acquire);
            }
            seen = g;
            {
                std::lock_guard<std::mutex> lk(mu);
                if (quit) return;
            }
            job(job_arg, ith, n);
            pending.fetch_sub(1, std::memory_order_acq_rel);
        }
    }
#endif
};

// The share [*a, *b) of n items that thread ith of nth works on.
inline void split_range(int64_t n, int ith, int nth, int64_t* a, int64_t* b) {
    int64_t per = (n + nth - 1) / nth;
    *a = std::min<int64_t>(n, per * ith);
    *b = std::min<int64_t>(n, *a + per);
}

} // namespace qlm_detail
#endif
