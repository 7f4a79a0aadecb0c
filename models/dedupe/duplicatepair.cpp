#include "duplicatepair.h"

QString DuplicatePair::reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::SameBirth:
        return QStringLiteral("same_birth");
    case Reason::SimilarId:
        return QStringLiteral("similar_id");
    case Reason::MissingId:
        return QStringLiteral("missing_id");
    }
    return QString();
}

QString DuplicatePair::reasonText() const
{
    switch (reason) {
    case Reason::SameBirth:
        return tr("Same name and birth date");
    case Reason::SimilarId:
        if (swapped)
            return tr("Same name and address; ID numbers differ by two swapped digits");
        return tr("Same name and address; ID numbers differ in %n character(s)", nullptr, idDifferences);
    case Reason::MissingId:
        return tr("Same name and address; one record has no ID number");
    }
    return QString();
}
