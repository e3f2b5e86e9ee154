"""Fill-in workbooks: a cell's year (members, meetings with their attendance, the annual
record) or the bloc's (programme, assessed points, classifications, commendations), written
pre-filled from the YAML files, read back, checked with the same models and checks, and merged
into the files."""
