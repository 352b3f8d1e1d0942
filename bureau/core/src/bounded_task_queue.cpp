#include "bounded_task_queue.hpp"

#include <algorithm>

namespace sk::bureau::detail {

namespace {
thread_local bool tl_overloaded = false;
}

BoundedTaskQueue::BoundedTaskQueue(int workers, int max_waiting, std::function<void()> on_shutdown)
    : max_waiting_(std::size_t(std::max(0, max_waiting))), on_shutdown_(std::move(on_shutdown)) {
    for (int i = 0; i < std::max(1, workers); ++i) threads_.emplace_back([this] { work(); });
}

BoundedTaskQueue::~BoundedTaskQueue() {
    shutdown();
}

void BoundedTaskQueue::enqueue(std::function<void()> fn) {
    {
        std::lock_guard<std::mutex> lock(mu_);
        if (jobs_.size() < max_waiting_ && !stopping_) {
            jobs_.push_back(std::move(fn));
            cv_.notify_one();
            return;
        }
    }
    tl_overloaded = true;
    fn();
    tl_overloaded = false;
}

void BoundedTaskQueue::shutdown() {
    if (on_shutdown_) on_shutdown_();
    {
        std::lock_guard<std::mutex> lock(mu_);
        if (stopping_ && threads_.empty()) return;
        stopping_ = true;
    }
    cv_.notify_all();
    for (auto& t : threads_) t.join();
    threads_.clear();
}

bool BoundedTaskQueue::overloaded() {
    return tl_overloaded;
}

void BoundedTaskQueue::work() {
    for (;;) {
        std::function<void()> fn;
        {
            std::unique_lock<std::mutex> lock(mu_);
            cv_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
            if (jobs_.empty()) return;  // stopping and nothing left
            fn = std::move(jobs_.front());
            jobs_.pop_front();
        }
        fn();
    }
}

}  // namespace sk::bureau::detail
