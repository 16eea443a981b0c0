#pragma once
#include "jsonpath.h"

#include <QByteArrayView>
#include <QJsonValue>

#include <optional>

namespace Gregor {

// The value at a path of a JSON text, found by simdjson (which validates the whole text) instead
// of a QJsonDocument of all of it: only the field found becomes a QJsonValue. Undefined: the text
// is valid and the path leads nowhere. nullopt wherever the two parsers could disagree (simdjson
// refuses the text, a root that is neither object nor array, a member name twice on the path, a
// noncharacter in the string found, an object or array found): the caller then asks QJsonDocument.
std::optional<QJsonValue> scanJsonField(QByteArrayView json, const JsonPath &path);

} // namespace Gregor
