#include "tests/support/server_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace kezek::testing {

namespace json = boost::json;

TempDir::TempDir() {
  std::random_device device;
  const auto base = std::filesystem::temp_directory_path();
  for (int attempt = 0; attempt < 100; ++attempt) {
    auto candidate = base / ("kezek-test-" + std::to_string(device()));
    if (std::filesystem::create_directory(candidate)) {
      path_ = candidate;
      return;
    }
  }
  throw std::runtime_error("cannot create a temporary folder");
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path server_binary() { return KEZEK_SERVER_BINARY; }

ServerProcess::ServerProcess(const std::filesystem::path& data_dir, Options options)
    : data_(data_dir), options_(std::move(options)) {
  start();
}

ServerProcess::~ServerProcess() { stop(); }

void ServerProcess::start() {
  if (pid_ > 0) return;
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe failed");
  std::vector<std::string> args = {server_binary().string(), "--data", data_.string(), "--listen", "127.0.0.1:0",
                                   "--now", options_.now};
  if (options_.config) {
    args.push_back("--config");
    args.push_back(options_.config->string());
  }
  for (const auto& a : options_.extra_args) args.push_back(a);
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(out[1]);
  pid_ = pid;
  // Read until the "listening on http://127.0.0.1:PORT" line, for at most 20 s.
  std::string seen;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{out[0], POLLIN, 0};
    if (poll(&p, 1, 200) <= 0) continue;
    char buffer[512];
    const ssize_t n = read(out[0], buffer, sizeof buffer);
    if (n <= 0) break;
    seen.append(buffer, static_cast<std::size_t>(n));
    const auto at = seen.find("listening on http://");
    if (at != std::string::npos) {
      const auto line_end = seen.find(',', at);
      if (line_end == std::string::npos) continue;
      const std::string address = seen.substr(at + 20, line_end - at - 20);
      port_ = std::stoi(address.substr(address.rfind(':') + 1));
      // The server prints nothing more on stdout (and ignores SIGPIPE).
      close(out[0]);
      return;
    }
  }
  close(out[0]);
  kill9();
  throw std::runtime_error("kezek-server did not start; it printed: " + seen);
}

void ServerProcess::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  int status = 0;
  for (int i = 0; i < 100; ++i) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return;
    }
    usleep(50'000);
  }
  kill9();
}

void ServerProcess::kill9() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

std::string ServerProcess::token(const std::string& role) const {
  std::ifstream in(data_ / "credentials.json");
  std::stringstream text;
  text << in.rdbuf();
  const json::value v = json::parse(text.str());
  const auto& o = v.as_object();
  if (role.starts_with("counter:")) return std::string(o.at("counters").as_object().at(role.substr(8)).as_string());
  return std::string(o.at(role).as_string());
}

}  // namespace kezek::testing
