#pragma once

// The bodies of the libFuzzer targets, shared by the fuzz executables (clang, libFuzzer)
// and tst_fuzzregressions (any compiler), so that a reproducer is replayed through exactly
// the code that found it.

#include <QByteArray>
#include <QList>
#include <QString>

#include <stdexcept>

namespace refmend::fuzz {

/*! \brief A property of a target did not hold (a crash is left to the sanitizers).
    The fuzz executables turn it into abort(), so libFuzzer saves the input; the regression
    test reports it as a failure. */
class PropertyViolation : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct Target {
    const char *name;   // "ris": executable fuzz_ris, regressions/ris/; listed in targets.txt
    void (*run)(const QByteArray &input);
};

//! Every target, in the order run.sh runs them.
const QList<Target> &targets();
const Target *findTarget(const char *name);

/*! \brief Runs \a target on \a input. Throws PropertyViolation with a readable message
    when a property fails; never catches what the sanitizers report. */
void runTarget(const Target &target, const QByteArray &input);

} // namespace refmend::fuzz
