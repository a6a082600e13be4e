"""Legacy office files (.doc/.wps/.et/.xls) read through LibreOffice: converted to .docx/.xlsx in a
private temporary folder, then read by those readers under the original file's name."""
