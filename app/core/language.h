#pragma once

#include <QString>

#include <optional>

namespace codex {

// The catalogue carries every text in these two languages; the interface
// follows the same switch.
enum class Language { Chinese, English };

QString languageCode(Language language); // "zh" or "en"
std::optional<Language> languageFromCode(const QString &code);
// The language a new user gets: Chinese when the system locale is Chinese.
Language systemLanguage();

} // namespace codex
