#include "syntheticcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace codex {

namespace {

QJsonObject localized(const LocalizedText &text)
{
    return {{QStringLiteral("zh"), text.zh}, {QStringLiteral("en"), text.en}};
}

QJsonObject localized(const QString &zh, const QString &en)
{
    return localized(LocalizedText{zh, en});
}

// The texts a generated description is made of, by class and overall.
struct TextPool
{
    QList<LocalizedText> all;
    QList<LocalizedText> byClass[6];
    QHash<int, QList<LocalizedText>> byCode;

    explicit TextPool(const Catalogue &real)
    {
        for (const StatusEntry &entry : real.entries()) {
            QList<LocalizedText> &own = byCode[entry.code];
            own << entry.summary;
            for (const Description &description : entry.descriptions)
                own << description.text;
            for (const Note &note : entry.notes)
                own << note.text;
            all << own;
            byClass[entry.classDigit()] << own;
        }
    }
};

} // namespace

QByteArray SyntheticCatalogue::generate(const Catalogue &real, int descriptions)
{
    QRandomGenerator random(quint32(descriptions) * 2654435761u + 1);
    const TextPool pool(real);
    const auto pick = [&random](const QList<LocalizedText> &from) -> const LocalizedText & {
        return from.at(random.bounded(int(from.size())));
    };

    // One description per source and code, as in the real catalogue.
    const int perCode = descriptions / CodeCount;
    const int remainder = descriptions % CodeCount;
    const int sourceCount = perCode + (remainder > 0 ? 1 : 0);

    QJsonArray sources;
    for (int i = 1; i <= sourceCount; ++i) {
        sources.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("vendor%1").arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), localized(QStringLiteral("厂商文档 %1").arg(i),
                                               QStringLiteral("Vendor documentation %1").arg(i))},
            {QStringLiteral("about"),
             localized(QStringLiteral("一家厂商为其服务器和网关编写的状态码说明，第 %1 版。").arg(i),
                       QStringLiteral("A vendor's notes on status codes for its servers and gateways, edition %1.")
                           .arg(i))},
        });
    }

    QJsonArray classes;
    for (const StatusClass &statusClass : real.classes()) {
        classes.append(QJsonObject{{QStringLiteral("class"), statusClass.digit},
                                   {QStringLiteral("name"), localized(statusClass.name)},
                                   {QStringLiteral("summary"), localized(statusClass.summary)}});
    }

    QJsonArray codes;
    for (int code = FirstCode; code <= LastCode; ++code) {
        const int digit = code / 100;
        const StatusEntry *entry = real.entry(code);
        QJsonObject object{{QStringLiteral("code"), code}, {QStringLiteral("class"), digit}};
        if (entry) {
            object.insert(QStringLiteral("phrase"), entry->phrase);
            object.insert(QStringLiteral("status"), statusKey(entry->status));
            object.insert(QStringLiteral("reference"), entry->reference);
            object.insert(QStringLiteral("title"), localized(entry->title));
            object.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(entry->aliases));
            object.insert(QStringLiteral("summary"), localized(entry->summary));
            if (!entry->usedBy.zh.isEmpty())
                object.insert(QStringLiteral("usedBy"), localized(entry->usedBy));
            QJsonArray related;
            for (const int other : entry->related)
                related.append(other);
            object.insert(QStringLiteral("related"), related);
            QJsonArray notes;
            for (const Note &note : entry->notes) {
                QJsonObject json{{QStringLiteral("text"), localized(note.text)}};
                if (!note.sourceId.isEmpty())
                    json.insert(QStringLiteral("source"), QStringLiteral("vendor0001"));
                if (note.sourceId.isEmpty() || sourceCount > 0)
                    notes.append(json);
            }
            object.insert(QStringLiteral("notes"), notes);
        } else {
            const StatusClass *statusClass = real.statusClass(digit);
            object.insert(QStringLiteral("phrase"), QStringLiteral("Vendor Extension %1").arg(code));
            object.insert(QStringLiteral("status"), QStringLiteral("unofficial"));
            object.insert(QStringLiteral("reference"), QStringLiteral("Vendor documentation"));
            object.insert(QStringLiteral("title"), localized(QStringLiteral("厂商扩展 %1").arg(code),
                                                             QStringLiteral("Vendor extension %1").arg(code)));
            object.insert(QStringLiteral("aliases"), QJsonArray());
            object.insert(QStringLiteral("summary"),
                          statusClass ? localized(statusClass->summary)
                                      : localized(QStringLiteral("厂商定义的状态码。"),
                                                  QStringLiteral("A status code a vendor defined.")));
            object.insert(QStringLiteral("usedBy"),
                          localized(QStringLiteral("若干厂商的私有扩展。"),
                                    QStringLiteral("Private extensions of several vendors.")));
            object.insert(QStringLiteral("related"), QJsonArray());
            object.insert(QStringLiteral("notes"), QJsonArray());
        }

        // Wording from the code itself where the real catalogue has it,
        // else from its class; paragraphs added until a few hundred characters.
        const QList<LocalizedText> &own = pool.byCode.contains(code) ? pool.byCode[code]
                                          : pool.byClass[digit].isEmpty() ? pool.all
                                                                          : pool.byClass[digit];
        const int count = perCode + (code - FirstCode < remainder ? 1 : 0);
        QJsonArray generated;
        for (int i = 0; i < count; ++i) {
            LocalizedText text = pick(own);
            while (text.en.size() < 250) {
                const LocalizedText &more = pick(random.bounded(3) == 0 ? pool.all : own);
                text.zh += QStringLiteral("\n\n") + more.zh;
                text.en += QStringLiteral("\n\n") + more.en;
            }
            generated.append(QJsonObject{
                {QStringLiteral("source"), QStringLiteral("vendor%1").arg(i + 1, 4, 10, QLatin1Char('0'))},
                {QStringLiteral("text"), localized(text)}});
        }
        object.insert(QStringLiteral("descriptions"), generated);
        codes.append(object);
    }

    const QJsonObject root{{QStringLiteral("schema"), 1},
                           {QStringLiteral("sources"), sources},
                           {QStringLiteral("classes"), classes},
                           {QStringLiteral("codes"), codes}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace codex
