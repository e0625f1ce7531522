"""The Reports area: the list of reports, the choices each asks for, the preview of its PDF
pages, printing, and saving as PDF or Excel."""
