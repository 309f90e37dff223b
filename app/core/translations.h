#pragma once

#include "language.h"

#include <QObject>

#include <memory>

class QTranslator;

namespace codex {

// Installs the interface translations for a language: ours, compiled into
// the program, and Qt's own for standard dialogs where Qt ships them.
// Installing sends QEvent::LanguageChange to every widget.
class Translations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Translations)

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // Returns false when our own translation could not be loaded.
    bool apply(Language language);
    Language language() const { return m_language; }

private:
    void removeAll();

    Language m_language = Language::English;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace codex
