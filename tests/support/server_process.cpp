// ServerProcess: a ChildProcess whose stdout is a pipe we read one line from.
#include "tests/support/server_process.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <boost/json.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kezek::testing {
namespace {

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::filesystem::path server_binary() { return KEZEK_SERVER_BINARY; }

ServerProcess::ServerProcess(const std::filesystem::path& data_dir, Options options)
    : data_(data_dir), options_(std::move(options)) {
  start();
}

ServerProcess::~ServerProcess() { stop(); }

void ServerProcess::start() {
  if (child_) return;
  const auto binary = options_.binary.empty() ? server_binary() : options_.binary;
  std::vector<std::string> args = {binary.string(), "--data", data_.string(), "--listen",
                                   "127.0.0.1:0",   "--now",  options_.now};
  if (options_.config) {
    args.push_back("--config");
    args.push_back(options_.config->string());
  }
  for (const auto& a : options_.extra_args) args.push_back(a);
  int out[2];
  if (pipe2(out, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  SpawnOptions spawn;
  spawn.argv = args;
  spawn.log = options_.log;
  spawn.stdout_fd = out[1];
  try {
    child_ = std::make_unique<ChildProcess>(spawn);
  } catch (...) {
    close(out[0]);
    close(out[1]);
    throw;
  }
  close(out[1]);
  // The server prints nothing more on stdout (and ignores SIGPIPE), so the
  // pipe can close after this line.
  const std::string line = read_first_line(out[0], std::chrono::seconds(30));
  close(out[0]);
  const std::string marker = "listening on http://127.0.0.1:";
  const auto at = line.find(marker);
  port_ = at == std::string::npos ? 0 : std::atoi(line.c_str() + at + marker.size());
  if (port_ == 0) {
    kill9();
    std::string said = line;
    if (!options_.log.empty()) said += read_text(options_.log);
    throw std::runtime_error("kezek-server did not start; it printed: " + said);
  }
}

std::string ServerProcess::stop() {
  if (!child_) return {};
  // A server that does not stop within 10 s is killed: a test must end.
  child_->stop(std::chrono::seconds(10));
  std::string ended = child_->exit_text();
  child_.reset();
  return ended;
}

void ServerProcess::kill9() {
  if (!child_) return;
  child_->kill9();
  child_.reset();
}

std::string ServerProcess::token(const std::string& role) const {
  const boost::json::value v = boost::json::parse(read_text(data_ / "credentials.json"));
  const auto& o = v.as_object();
  if (role.starts_with("counter:")) return std::string(o.at("counters").as_object().at(role.substr(8)).as_string());
  return std::string(o.at(role).as_string());
}

}  // namespace kezek::testing
