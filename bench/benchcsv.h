#pragma once

#include "models/cnrules/idnumber.h"

#include <QDate>
#include <QFile>
#include <QString>

// The register file the import benchmarks load: a clerk's CSV with Chinese headers, one person
// a row, 2 people a room, 20,000 a compound, every ID number valid and unique.
namespace BenchCsv {

inline bool write(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral("姓名,身份证号码,联系电话,小区,楼栋,单元,门牌号\n").toUtf8());
    for (int i = 0; i < rows; ++i) {
        const QDate birth = QDate(1930, 1, 1).addDays(i % 30000);
        file.write(QStringLiteral("居民%1,%2,1%3%4,小区%5,%6栋,%7,%8\n")
                       .arg(i)
                       // Even sequence numbers: the gender digit is the lowest bit, so i / 30000 alone
                       // made rows 30,000 apart share an ID number and be refused.
                       .arg(IdNumber::generate(QStringLiteral("320106"), birth, i / 30000 * 2, i % 2))
                       .arg(3 + i % 7)
                       .arg(i % 100000000, 9, 10, QLatin1Char('0'))
                       .arg(i / 20000)
                       .arg(i / 1000 % 20)
                       .arg(i / 100 % 10)
                       .arg(i / 2 % 50 + 101)
                       .toUtf8());
    }
    return true;
}

} // namespace BenchCsv
