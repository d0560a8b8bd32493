#pragma once

#include "finding.h"
#include "matrix.h"

#include <QCoreApplication>
#include <QString>

namespace mfapolicy {

/// The explanation panel's HTML for a matrix cell or a finding; all words come from Texts.
class ExplanationFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::ExplanationFormatter)
public:
    static QString cell(const Policy &policy, const SimulationIdentity &identity, const MatrixRow &row,
                        AuthState state);
    static QString finding(const Finding &finding);
    static QString placeholder();
};

} // namespace mfapolicy
