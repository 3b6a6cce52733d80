#include "readprogress.h"

namespace refmend {

bool ReadProgress::report(Stage stage, qint64 done, qint64 total)
{
    if (stage != m_stage) {
        m_stage = stage;
        m_nextReport = 0;
    }
    if (m_callback && (done >= m_nextReport || done >= total)) {
        m_nextReport = done + qMax<qint64>(total / 200, 1);
        m_callback(stage, done, total);
    }
    return !isCancelled();
}

} // namespace refmend
