#include "config/yamljson.h"

#include "config/yamlscalar.h"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace brc::config {

namespace {

using Json = nlohmann::ordered_json;

std::string withoutUnderscores(const QByteArray &text)
{
    std::string out;
    out.reserve(size_t(text.size()));
    for (const char c : text) {
        if (c != '_') {
            out += c;
        }
    }
    return out;
}

Json intValue(const QByteArray &text)
{
    std::string value = withoutUnderscores(text);
    int sign = 1;
    if (!value.empty() && (value[0] == '-' || value[0] == '+')) {
        sign = value[0] == '-' ? -1 : 1;
        value.erase(0, 1);
    }
    long double magnitude = 0;
    if (value == "0") {
        return 0;
    }
    if (value.rfind("0b", 0) == 0) {
        magnitude = std::strtoull(value.c_str() + 2, nullptr, 2);
    } else if (value.rfind("0x", 0) == 0) {
        magnitude = std::strtoull(value.c_str() + 2, nullptr, 16);
    } else if (value[0] == '0') {
        magnitude = std::strtoull(value.c_str(), nullptr, 8);
    } else if (value.find(':') != std::string::npos) {
        long double base = 1;
        size_t end = value.size();
        while (true) {
            const size_t colon = value.rfind(':', end - 1);
            const size_t from = colon == std::string::npos ? 0 : colon + 1;
            magnitude += std::strtoull(value.substr(from, end - from).c_str(), nullptr, 10) * base;
            base *= 60;
            if (colon == std::string::npos) {
                break;
            }
            end = colon;
        }
    } else {
        errno = 0;
        const unsigned long long parsed = std::strtoull(value.c_str(), nullptr, 10);
        if (errno == ERANGE) {
            return Json(sign * std::strtod(value.c_str(), nullptr));
        }
        magnitude = parsed;
    }
    if (magnitude <= static_cast<long double>(std::numeric_limits<std::int64_t>::max())) {
        return Json(std::int64_t(sign) * std::int64_t(magnitude));
    }
    return Json(double(sign * magnitude));
}

Json floatValue(const QByteArray &text)
{
    std::string value = withoutUnderscores(text);
    for (char &c : value) {
        c = char(std::tolower(static_cast<unsigned char>(c)));
    }
    double sign = 1;
    if (!value.empty() && (value[0] == '-' || value[0] == '+')) {
        sign = value[0] == '-' ? -1 : 1;
        value.erase(0, 1);
    }
    // JSON has no infinity or NaN: written as PyYAML prints them.
    if (value == ".inf") {
        return Json(sign > 0 ? ".inf" : "-.inf");
    }
    if (value == ".nan") {
        return Json(".nan");
    }
    if (value.find(':') != std::string::npos) {
        double result = 0;
        double base = 1;
        size_t end = value.size();
        while (true) {
            const size_t colon = value.rfind(':', end - 1);
            const size_t from = colon == std::string::npos ? 0 : colon + 1;
            result += std::strtod(value.substr(from, end - from).c_str(), nullptr) * base;
            base *= 60;
            if (colon == std::string::npos) {
                break;
            }
            end = colon;
        }
        return Json(sign * result);
    }
    return Json(sign * std::strtod(value.c_str(), nullptr));
}

std::string keyText(const YamlTree &tree, int node)
{
    const YamlNode &key = tree.node(tree.resolved(node));
    if (!key.isScalar()) {
        return YamlJson::value(tree, node).dump();
    }
    const Json value = YamlJson::scalar(key);
    if (value.is_string()) {
        return value.get<std::string>();
    }
    return value.dump();
}

void addPairs(const YamlTree &tree, const YamlNode &map, Json &out, int depth)
{
    if (depth > 64) {
        return;
    }
    // PyYAML flatten_mapping: merged pairs first (earlier sources win), then own pairs.
    Json own = Json::object();
    Json merged = Json::object();
    for (size_t i = 0; i + 1 < map.children.size(); i += 2) {
        const YamlNode &key = tree.node(map.children[i]);
        if (key.isScalar() && YamlScalar::type(key) == YamlScalar::Type::Merge) {
            const YamlNode &from = tree.node(tree.resolved(map.children[i + 1]));
            std::vector<const YamlNode *> sources;
            if (from.isMapping()) {
                sources.push_back(&from);
            } else if (from.isSequence()) {
                for (auto it = from.children.rbegin(); it != from.children.rend(); ++it) {
                    sources.push_back(&tree.node(tree.resolved(*it)));
                }
            }
            for (const YamlNode *source : sources) {
                Json sub = Json::object();
                addPairs(tree, *source, sub, depth + 1);
                for (auto &[k, v] : sub.items()) {
                    merged[k] = v;
                }
            }
            continue;
        }
        own[keyText(tree, map.children[i])] = YamlJson::value(tree, map.children[i + 1]);
    }
    for (auto &[k, v] : merged.items()) {
        out[k] = v;
    }
    for (auto &[k, v] : own.items()) {
        out[k] = v;
    }
}

} // namespace

Json YamlJson::scalar(const YamlNode &node)
{
    switch (YamlScalar::type(node)) {
    case YamlScalar::Type::Null:
        return nullptr;
    case YamlScalar::Type::Bool: {
        const QByteArray lower = node.value.toLower();
        return lower == "yes" || lower == "true" || lower == "on";
    }
    case YamlScalar::Type::Int:
        return intValue(node.value);
    case YamlScalar::Type::Float:
        return floatValue(node.value);
    default:
        return node.value.toStdString();
    }
}

Json YamlJson::value(const YamlTree &tree, int index)
{
    if (index < 0) {
        return nullptr;
    }
    const YamlNode &node = tree.node(tree.resolved(index));
    switch (node.kind) {
    case YamlNodeKind::Scalar:
        return scalar(node);
    case YamlNodeKind::Sequence: {
        Json array = Json::array();
        for (int child : node.children) {
            array.push_back(value(tree, child));
        }
        return array;
    }
    case YamlNodeKind::Mapping: {
        Json object = Json::object();
        addPairs(tree, node, object, 0);
        return object;
    }
    case YamlNodeKind::Alias:
        break;
    }
    return nullptr;
}

} // namespace brc::config
