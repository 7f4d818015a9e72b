#pragma once
// What a running process costs, from /proc: CPU time of all its threads
// (utime + stime in /proc/PID/stat, in clock ticks: 10 ms resolution), its
// main thread's wake-ups, and resident memory (VmRSS now, RssAnon of it, VmHWM its peak, from /proc/PID/status).
#include <sys/types.h>

namespace kezek::bench {

struct Memory {
  long rss_kb = 0;   // VmRSS
  long anon_kb = 0;  // RssAnon: the part that is the process's own (heap, stacks), not mapped files
  long hwm_kb = 0;   // VmHWM: the most it was ever resident
};

// Seconds of CPU used so far by all threads of `pid`; -1 when it is gone.
double cpu_seconds_of(pid_t pid);
// Zeroes when it is gone.
Memory memory_of(pid_t pid);
// How often the main (UI) thread has been switched off its CPU so far —
// voluntary + involuntary context switches, /proc/PID/task/PID/status — which
// counts its wake-ups: a loop sleeping in glfwWaitEventsTimeout(0.25) wakes 4
// times a second whether or not it then draws. -1 when it is gone.
long main_thread_switches(pid_t pid);

}  // namespace kezek::bench
