#pragma once

#include <QList>

#include <optional>

namespace codex {

// Where the reader was: one code in the browser, or a comparison of several.
struct Place
{
    QList<int> codes;

    static Place code(int code) { return {{code}}; }
    static Place comparison(const QList<int> &codes) { return {codes}; }
    bool isComparison() const { return codes.size() > 1; }
    bool isValid() const { return !codes.isEmpty() && codes.first() != 0; }
    bool operator==(const Place &other) const { return codes == other.codes; }
};

// Back and forward across the views, as in a web browser: visiting a new
// place forgets the forward list; going back and forth swaps the current
// place between the two lists.
class NavigationHistory final
{
public:
    // The reader leaves `current` for a new place.
    void leave(const Place &current)
    {
        if (!current.isValid())
            return;
        if (m_back.isEmpty() || !(m_back.last() == current))
            m_back << current;
        m_forward.clear();
    }
    std::optional<Place> back(const Place &current)
    {
        if (m_back.isEmpty())
            return std::nullopt;
        if (current.isValid())
            m_forward.prepend(current);
        return m_back.takeLast();
    }
    std::optional<Place> forward(const Place &current)
    {
        if (m_forward.isEmpty())
            return std::nullopt;
        if (current.isValid())
            m_back << current;
        return m_forward.takeFirst();
    }
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void clear()
    {
        m_back.clear();
        m_forward.clear();
    }

private:
    QList<Place> m_back;
    QList<Place> m_forward;
};

} // namespace codex
