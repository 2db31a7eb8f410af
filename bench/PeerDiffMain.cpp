// secdesk-bench-peer-diff A B: `secdesk-cli diff A B` written with nlohmann::json, the peer of the cli-diff case.
// Reads both files, parses them, diffs them and prints the patch indented by 4, like secdesk-cli.

#include <cstdio>
#include <exception>
#include <fstream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

namespace {

std::string readFile(const char *path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(std::string("cannot read ") + path);
    in.seekg(0, std::ios::end);
    std::string bytes(static_cast<size_t>(in.tellg()), '\0');
    in.seekg(0, std::ios::beg);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fputs("usage: secdesk-bench-peer-diff A B\n", stderr);
        return 2;
    }
    try {
        const nlohmann::json a = nlohmann::json::parse(readFile(argv[1]));
        const nlohmann::json b = nlohmann::json::parse(readFile(argv[2]));
        const std::string out = nlohmann::json::diff(a, b).dump(4) + '\n';
        std::fwrite(out.data(), 1, out.size(), stdout);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "secdesk-bench-peer-diff: %s\n", error.what());
        return 2;
    }
    return 0;
}
