#pragma once

#include "importsource.h"
#include "textencoding.h"

#include <QByteArray>
#include <QStringDecoder>

// Reads CSV as Excel and WPS write it (RFC 4180: quoted fields with doubled quotes and line
// breaks inside, CRLF or LF), in UTF-8 with or without a byte order mark, UTF-16 with one, or
// GBK/GB18030, found by looking at the whole file. Tab-separated text is recognised by its
// first line. Text is decoded in pieces while reading, so memory stays at the file's bytes.
class CsvReader final : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader() = default;

    bool open(const QString &path);
    // For tests and fuzzing: the file's bytes as they are.
    bool setData(const QByteArray &data);

    bool readRow(QStringList *cells, int *rowNumber) override;
    double progress() const override;
    bool rewind() override;
    QString errorText() const override { return m_error; }
    QString description() const override;
    QString rowProblem() const override { return m_rowProblem; }
    // More line breaks than this inside one quoted cell: a quote left open, not a cell's text.
    static constexpr int kMaxQuotedLineBreaks = 50;

    TextEncoding::Kind encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

private:
    enum class Parse { Record, NeedMore, End };
    Parse parseRecord(QStringList *cells);
    bool fill();

    QByteArray m_data;
    qsizetype m_offset = 0; // bytes already decoded
    QStringDecoder m_decoder;
    QString m_buffer; // decoded text not yet parsed, from m_pos
    qsizetype m_pos = 0;
    int m_row = 0;
    QChar m_delimiter = QLatin1Char(',');
    TextEncoding::Kind m_encoding = TextEncoding::Kind::Unknown;
    QString m_error;
    QString m_rowProblem; // of the row last read
};
