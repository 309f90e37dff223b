#include "practice.h"

namespace codex {

const PracticeServer *Practice::server(const QString &id) const
{
    for (const PracticeServer &server : servers) {
        if (server.id == id)
            return &server;
    }
    return nullptr;
}

const QList<PracticeClaim> &Practice::claimsFor(int code) const
{
    static const QList<PracticeClaim> none;
    const auto it = claims.constFind(code);
    return it == claims.cend() ? none : it.value();
}

} // namespace codex
