// Records answers into the progress database of a directory, one commit at a
// time, and says after each commit how many it has recorded: tst_progressstore
// kills it in the middle, and runs two at once on one file.
//
//     progresswriter DIRECTORY [COUNT]    (without COUNT, until killed)

#include "progressstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fputs("usage: progresswriter DIRECTORY [COUNT]\n", stderr);
        return 2;
    }
    const qint64 count = arguments.size() > 2 ? arguments.at(2).toLongLong() : -1;

    codex::ProgressStore store(arguments.at(1));
    if (!store.isPersistent() || !store.problem().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.problem()));
        return 3;
    }
    codex::CardMemory card;
    for (qint64 i = 0; count < 0 || i < count; ++i) {
        codex::ReviewRecord review;
        // A few cards, so that two writers update the same rows.
        review.code = 200 + int(i % 20);
        review.kind = QStringLiteral("choice");
        review.reviewedAt = QDateTime::currentDateTimeUtc();
        review.rating = codex::Rating::Good;
        review.correct = i % 3 != 0;
        review.answer = QString::number(i);
        review.durationMs = 1000 + i;
        review.language = QStringLiteral("en");
        card.state = codex::CardState::Review;
        card.reps = int(i + 1);
        card.lastReview = review.reviewedAt;
        card.due = review.reviewedAt.addDays(1);
        if (!store.record(review, card)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.problem()));
            return 1;
        }
        std::printf("recorded %lld\n", static_cast<long long>(i + 1));
        std::fflush(stdout);
    }
    return 0;
}
