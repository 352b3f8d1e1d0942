// httplib's task queue for the ingest server: a fixed number of workers and a bounded wait
// line. httplib hands the queue only a closure, not the socket, so a connection that finds the
// line full is run at once on the accepting thread with overloaded() true; the server then
// answers it 503 without reading it, instead of letting the line grow without bound.
#pragma once

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sk::bureau::detail {

class BoundedTaskQueue : public httplib::TaskQueue {
  public:
    // `on_shutdown` runs first in shutdown() (on the listening thread, after stop()): the server
    // uses it to wake connections still being read, so the workers can be joined now.
    BoundedTaskQueue(int workers, int max_waiting, std::function<void()> on_shutdown = {});
    ~BoundedTaskQueue() override;

    void enqueue(std::function<void()> fn) override;
    // Runs what is queued, then joins the workers.
    void shutdown() override;

    // True inside a task that was run at once because the wait line was full.
    static bool overloaded();

  private:
    void work();

    std::size_t max_waiting_;
    std::function<void()> on_shutdown_;
    std::mutex mu_;
    std::condition_variable cv_;
    std::deque<std::function<void()>> jobs_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace sk::bureau::detail
