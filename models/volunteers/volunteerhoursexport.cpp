#include "volunteerhoursexport.h"

#include "models/access/exportaudit.h"
#include "models/access/numberreveal.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/sqlquery.h"
#include "models/documents/csvwriter.h"
#include "models/documents/xlsxwriter.h"
#include "models/register/registerlookups.h"
#include "servicerecords.h"
#include "shiftrecurrence.h"
#include "volunteerrows.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

VolunteerHoursExport::VolunteerHoursExport(QSqlDatabase db, const AccessScope &scope, const QDate &from,
                                           const QDate &to)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_from(from)
    , m_to(to)
{}

void VolunteerHoursExport::setRevealNumbers(bool reveal)
{
    m_reveal = NumberReveal::allowed(m_scope, reveal);
}

QStringList VolunteerHoursExport::headers()
{
    // The external system's template fixes these names; they are not translated.
    return {QStringLiteral("姓名"),         QStringLiteral("证件类型"),          QStringLiteral("证件号码"),
            QStringLiteral("联系电话"),     QStringLiteral("服务项目/活动名称"), QStringLiteral("服务开始时间"),
            QStringLiteral("服务结束时间"), QStringLiteral("服务时长(小时)"),    QStringLiteral("组织名称")};
}

QList<QStringList> VolunteerHoursExport::rows() const
{
    const QString community = RegisterLookups(m_db, m_scope).communityName();
    QList<QStringList> list;
    SqlQuery q(m_db, QStringLiteral("SELECT v.name, COALESCE(r.id_number, v.id_number), COALESCE(v.phone, r.phone), "
                                    "x.title, x.starts_at, x.ends_at, x.hours, t.name FROM (") +
                         ServiceRecords::recordsSql(false) +
                         QStringLiteral(") x JOIN volunteer v ON v.id = x.volunteer_id LEFT JOIN resident r ON r.id = "
                                        "v.resident_id LEFT JOIN volunteer_team t ON t.id = x.team_id WHERE 1 = 1") +
                         VolunteerRows::service(m_scope, QStringLiteral("x")) +
                         QStringLiteral(" ORDER BY x.starts_at, v.name_pinyin, v.name, x.kind, x.source_id"));
    for (const QVariant &v : ServiceRecords::bindings(m_from, m_to))
        q.bind(v);
    if (!q.exec())
        return list;
    auto time = [](const QString &text) {
        const QDateTime t = ShiftRecurrence::fromText(text);
        return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : text;
    };
    while (q.next()) {
        const QString id = q.value(1).toString();
        const QString phone = q.value(2).toString();
        const QString organisation = q.value(7).toString();
        list.append({q.value(0).toString(), id.isEmpty() ? QString() : QStringLiteral("居民身份证"),
                     m_reveal ? id : IdNumber::mask(id), m_reveal ? phone : PhoneNumber::mask(phone),
                     q.value(3).toString(), time(q.value(4).toString()), time(q.value(5).toString()),
                     QString::number(ServiceRecords::roundHours(q.value(6).toDouble()), 'f', 2),
                     organisation.isEmpty() ? community : organisation});
    }
    return list;
}

bool VolunteerHoursExport::save(const QString &path, QString *error) const
{
    const QList<QStringList> data = rows();
    if (!writeFile(path, data, error))
        return false;
    // Personal data leaves the program only with its audit row (and the reveal row when numbers are full).
    const QStringList revealed =
        m_reveal ? QStringList{ExportAudit::idNumbers(), ExportAudit::phoneNumbers()} : QStringList();
    return ExportAudit::keepAudited(m_db, m_scope, QStringLiteral("volunteer"), int(data.size()), path,
                                    QStringLiteral("service hours export"), revealed, error);
}

bool VolunteerHoursExport::writeFile(const QString &path, const QList<QStringList> &data, QString *error) const
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        XlsxWriter xlsx;
        xlsx.addSheet(tr("Service hours"));
        xlsx.setColumnWidths({10, 12, 22, 14, 24, 18, 18, 12, 20});
        xlsx.setFrozenRows(1);
        xlsx.addRow(headers(), XlsxWriter::Style::Bold);
        for (const QStringList &row : data) {
            QVariantList cells;
            for (int c = 0; c < row.size(); ++c)
                cells.append(c == 7 ? QVariant(row.at(c).toDouble()) : QVariant(row.at(c)));
            xlsx.addRow(cells);
        }
        return xlsx.save(path, error);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    CsvWriter csv(&file);
    csv.writeRow(headers());
    for (const QStringList &row : data)
        csv.writeRow(row);
    if (!csv.isOk() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
