#include "rowcode.h"

#include <QRandomGenerator>

namespace {

const QString kAlphabet = QStringLiteral("23456789ABCDEFGHJKMNPQRSTUVWXYZ");

} // namespace

QString RowCode::alphabet()
{
    return kAlphabet;
}

QChar RowCode::checkCharacter(const QString &body)
{
    // Weights 2, 3, 4… and the check's own weight 1: distinct modulo 31, so no single change or
    // neighbour swap leaves the sum unchanged.
    int sum = 0;
    for (int i = 0; i < body.size(); ++i)
        sum += (i + 2) * int(kAlphabet.indexOf(body.at(i)));
    return kAlphabet.at((31 - sum % 31) % 31);
}

QString RowCode::withCheck(const QString &body)
{
    return body + checkCharacter(body);
}

QString RowCode::random(int length)
{
    QString body;
    for (int i = 0; i < length - 1; ++i)
        body += kAlphabet.at(int(QRandomGenerator::global()->bounded(quint32(kAlphabet.size()))));
    return withCheck(body);
}

QString RowCode::normalized(const QString &typed)
{
    QString code;
    for (const QChar c : typed)
        if (!c.isSpace() && c != QLatin1Char('-'))
            code += c.toUpper();
    return code;
}

bool RowCode::isValid(const QString &code, int length)
{
    if (code.size() != length)
        return false;
    for (const QChar c : code)
        if (!kAlphabet.contains(c))
            return false;
    return checkCharacter(code.left(length - 1)) == code.back();
}
