#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Which column of the file holds which field of the register. Guessed from the header row
// (姓名, 身份证号码, 楼栋, ... see resources/import/vocabulary.txt), adjusted by the clerk,
// and remembered per set of headers so the same 台账 maps itself next month.
class ImportMapping final
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    enum Field {
        Name,
        IdNumber,
        Phone,
        Compound,
        Building,
        Unit,
        Room,
        Relation,
        Ethnicity,
        ResidencyType,
        Notes,
        BirthDate,
        Gender,
        Grid,
        Tags,
        HouseholdNo,
        Address,    // 幸福里3栋2单元501 in one cell, split by AddressSplitter
        Status,     // 人员状态: 死亡 makes the person deceased
        StatusDate, // 死亡日期: the date of death (a date alone is a death too)
        FieldCount
    };
    // What becomes of a column of the file: nothing is dropped without the clerk's choice.
    enum class ColumnUse { Mapped, Note, Ignored, CustomField };

    ImportMapping();

    static QString fieldLabel(Field field);
    // The code used in settings and the vocabulary ("idNumber").
    static QString fieldCode(Field field);
    static bool isRequired(Field field);

    // -1 when the field is not in the file.
    int column(Field field) const { return m_columns.at(field); }
    void setColumn(Field field, int column);
    // The field a column is mapped to, or FieldCount.
    Field fieldOfColumn(int column) const;

    // Required fields that have no column, as translated labels. A combined address column
    // stands in for compound, building and room.
    QStringList missingRequired() const;

    // Columns the clerk chose to leave out (序号 by default); every other unmapped column with a
    // title is kept as a note, "列名：值".
    void setIgnored(int column, bool ignored);
    bool isIgnored(int column) const { return m_ignored.contains(column); }
    // A column kept as the office's own resident field named like its title (a text field, made
    // by the import when there is none); not a note then.
    void setKeptAsField(int column, bool kept);
    bool isKeptAsField(int column) const { return m_keptAsField.contains(column); }
    ColumnUse columnUse(int column, const QString &title) const;
    // "Kept as a note", "Ignored", "Kept as a custom field", or the field's label.
    QString columnUseLabel(int column, const QString &title) const;

    static ImportMapping guess(const QStringList &header);
    // The remembered mapping for this header if the clerk saved one, else the guess.
    static ImportMapping forHeader(const QStringList &header);
    void remember(const QStringList &header) const;

    friend bool operator==(const ImportMapping &a, const ImportMapping &b)
    {
        return a.m_columns == b.m_columns && a.m_ignored == b.m_ignored && a.m_keptAsField == b.m_keptAsField;
    }

private:
    static QString settingsKey(const QStringList &header);
    QList<int> m_columns;
    QList<int> m_ignored;
    QList<int> m_keptAsField;
};
