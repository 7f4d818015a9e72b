// LaunchedServer: fork/exec, read the port from the server's first line.
#include "bench/common/server_launcher.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "bench/common/read_line.hpp"

namespace kezek::bench {
namespace {

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::filesystem::path make_temp_dir(const std::filesystem::path& parent) {
  std::string pattern = (parent / "kezek-bench-XXXXXX").string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (mkdtemp(buffer.data()) == nullptr) throw std::runtime_error("cannot make a folder in " + parent.string());
  return std::filesystem::path(buffer.data());
}

}  // namespace

std::filesystem::path default_server_binary() { return KEZEK_SERVER_BINARY; }

LaunchedServer::LaunchedServer(LaunchOptions options) : options_(std::move(options)) {
  const auto parent = options_.temp_parent.empty() ? std::filesystem::temp_directory_path() : options_.temp_parent;
  data_ = make_temp_dir(parent);
  std::vector<std::string> args = {options_.binary.string(), "--data", data_.string(), "--listen", "127.0.0.1:0",
                                   "--now", options_.now};
  if (!options_.config_json.empty()) {
    const auto config = data_ / "bench-config.json";
    std::ofstream(config) << options_.config_json;
    args.push_back("--config");
    args.push_back(config.string());
  }
  const std::string log = (data_ / "server.log").string();

  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe failed");
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    if (FILE* err = std::fopen(log.c_str(), "w")) dup2(fileno(err), STDERR_FILENO);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(out[1]);

  // The first line: "kezek-server: listening on http://127.0.0.1:PORT, ..."
  const std::string line = read_first_line(out[0], std::chrono::seconds(15));
  close(out[0]);
  const std::string marker = "127.0.0.1:";
  const auto at = line.find(marker);
  if (at != std::string::npos) port_ = static_cast<unsigned short>(std::atoi(line.c_str() + at + marker.size()));
  if (port_ == 0) {
    stop();
    throw std::runtime_error("kezek-server did not start: " + line + read_text(log));
  }
}

LaunchedServer::~LaunchedServer() {
  stop();
  if (!options_.keep_data) {
    std::error_code ignored;
    std::filesystem::remove_all(data_, ignored);
  }
}

void LaunchedServer::stop() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  int status = 0;
  // A server that does not stop within 10 s is killed: a benchmark must end.
  for (int i = 0; i < 1000 && waitpid(pid_, &status, WNOHANG) == 0; ++i) usleep(10'000);
  if (waitpid(pid_, &status, WNOHANG) == 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, &status, 0);
  }
  pid_ = -1;
}

std::string LaunchedServer::token(const std::string& role) const {
  const boost::json::value v = boost::json::parse(read_text(data_ / "credentials.json"));
  const auto& o = v.as_object();
  if (role.starts_with("counter:")) return std::string(o.at("counters").as_object().at(role.substr(8)).as_string());
  return std::string(o.at(role).as_string());
}

}  // namespace kezek::bench
