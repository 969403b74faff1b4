#include "store/postgres/postgres_session.h"

#include <charconv>
#include <exception>

namespace tacitus {

Status CurrentPgError(const std::string& location) {
  std::string message;
  StatusCode code = StatusCode::kIoError;
  try {
    throw;
  } catch (const pqxx::sql_error& error) {
    message = error.what();
    if (error.sqlstate().starts_with("22")) code = StatusCode::kInvalidArgument;
  } catch (const std::exception& error) {
    message = error.what();
  }
  // One line: the server's lines (ERROR, DETAIL, HINT) joined.
  std::string line;
  for (const char c : message) {
    if (c == '\n' || c == '\t') {
      if (!line.empty() && line.back() != ' ') line += line.back() == ';' ? " " : "; ";
    } else {
      line += c;
    }
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == ';')) line.pop_back();
  if (line.starts_with("ERROR:")) line.erase(0, line.find_first_not_of(' ', 6));
  return Status::Error(code, RedactedLocation(location) + ": " + line);
}

PgParams& PgParams::Add(std::string_view text) {
  pointers_.push_back(values_.emplace_back(text).c_str());
  return *this;
}

PgParams& PgParams::AddOptional(const std::optional<std::string>& text) {
  return text && !text->empty() ? Add(std::string_view(*text)) : AddNull();
}

PgParams& PgParams::Add(double value) {
  char buffer[32];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return Add(std::string_view(buffer, error == std::errc() ? end - buffer : 0));
}

PgParams& PgParams::AddOptional(std::optional<double> value) {
  return value ? Add(*value) : AddNull();
}

PgParams& PgParams::AddNull() {
  pointers_.push_back(nullptr);
  return *this;
}

PgParams& PgParams::AddArray(std::span<const int64_t> values) {
  std::string array = "{";
  for (const int64_t value : values) {
    if (array.size() > 1) array += ',';
    array += std::to_string(value);
  }
  return Add(array + "}");
}

std::string_view PgRow::Text(int column) const {
  const pqxx::field field = row_[column];
  return std::string_view(field.c_str(), field.size());
}

int64_t PgRow::Int(int column) const {
  const pqxx::field field = row_[column];
  if (field.is_null()) return 0;
  return field.as<int64_t>();
}

double PgRow::Real(int column) const { return OptionalReal(column).value_or(0); }

std::optional<double> PgRow::OptionalReal(int column) const {
  const pqxx::field field = row_[column];
  if (field.is_null()) return std::nullopt;
  return field.as<double>();
}

std::optional<std::string> PgRow::OptionalText(int column) const {
  const pqxx::field field = row_[column];
  if (field.is_null()) return std::nullopt;
  return std::string(field.c_str(), field.size());
}

void ForEachRow(pqxx::transaction_base& tx, const std::string& sql, const PgParams& params,
                const std::function<bool(const pqxx::row&)>& visit) {
  constexpr size_t kPage = 500;
  tx.exec_params("DECLARE tacitus_rows NO SCROLL CURSOR FOR " + sql, params.Dynamic());
  bool going = true;
  while (going) {
    const pqxx::result page = tx.exec("FETCH " + std::to_string(kPage) + " FROM tacitus_rows");
    for (const pqxx::row& row : page) {
      if (!visit(row)) {
        going = false;
        break;
      }
    }
    if (page.size() < kPage) going = false;
  }
  tx.exec("CLOSE tacitus_rows");
}

}  // namespace tacitus
