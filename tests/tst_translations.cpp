// The interface translations: every message of the .ts file is translated,
// and the file is current with the sources (lupdate would add nothing).
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString TsFile = QStringLiteral(CODEX_SOURCE_DIR "/translations/statuscodex_zh_CN.ts");

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const { return context + QStringLiteral(": \"") + source + u'"'; }
};

// Reads every message of a .ts file; error receives what went wrong.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message")
                messages << message;
            continue;
        }
        const auto name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
        } else if (name == u"numerusform") {
            message.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tsFile_everyMessageTranslated();
    void tsFile_placeholdersKept();
    void tsFile_currentWithSources();

private:
    QList<Message> m_messages;
};

void TestTranslations::initTestCase()
{
    QString error;
    m_messages = readTs(TsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_messages.size() > 50, qPrintable(QString::number(m_messages.size())));
}

void TestTranslations::tsFile_everyMessageTranslated()
{
    QStringList untranslated;
    for (const Message &message : std::as_const(m_messages)) {
        bool empty = message.translations.isEmpty();
        for (const QString &translation : message.translations)
            empty = empty || translation.trimmed().isEmpty();
        if (!message.translationType.isEmpty())
            untranslated << message.translationType + QStringLiteral(": ") + message.describe();
        else if (empty)
            untranslated << QStringLiteral("empty: ") + message.describe();
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages not translated:\n")
                                                     .arg(untranslated.size())
                                                     .arg(m_messages.size())
                                                 + untranslated.join(u'\n')));
}

void TestTranslations::tsFile_placeholdersKept()
{
    // A translation that drops %1 or %n shows the wrong text at run time.
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n)"));
    QStringList broken;
    for (const Message &message : std::as_const(m_messages)) {
        QStringList expected;
        for (auto it = placeholder.globalMatch(message.source); it.hasNext();)
            expected << it.next().captured();
        expected.sort();
        expected.removeDuplicates();
        for (const QString &translation : message.translations) {
            if (translation.isEmpty())
                continue; // reported by tsFile_everyMessageTranslated
            QStringList found;
            for (auto it = placeholder.globalMatch(translation); it.hasNext();)
                found << it.next().captured();
            found.sort();
            found.removeDuplicates();
            if (found != expected)
                broken << message.describe() + QStringLiteral(" -> ") + translation;
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
}

void TestTranslations::tsFile_currentWithSources()
{
    // lupdate over the sources the build translates, into a copy, so that the
    // checked-in file is never touched by a test.
#ifdef CODEX_LUPDATE_IS_FOREIGN
    QSKIP("lupdate is the build machine's program (Linux), which cannot be started from here (Windows under "
          "Wine); the native build runs this check on the same sources");
#endif
    const QString lupdate = QStringLiteral(CODEX_LUPDATE);
    QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("statuscodex_zh_CN.ts"));
    QVERIFY(QFile::copy(TsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("@" CODEX_TRANSLATED_SOURCES_LIST), QStringLiteral("-ts"), copy});
    QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));

    QString error;
    const QList<Message> updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QHash<QString, Message> before;
    for (const Message &message : std::as_const(m_messages))
        before.insert(message.key(), message);
    QStringList stale;
    for (const Message &message : updated) {
        const auto old = before.constFind(message.key());
        if (old == before.cend())
            stale << QStringLiteral("new in the sources: ") + message.describe();
        else if (message.translationType != old->translationType)
            stale << QStringLiteral("now %1: ").arg(message.translationType.isEmpty() ? QStringLiteral("finished")
                                                                                       : message.translationType)
                         + message.describe();
    }
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("run the update_translations target, then translate:\n")
                                         + stale.join(u'\n') + u'\n' + output));
    QCOMPARE(updated.size(), m_messages.size());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
