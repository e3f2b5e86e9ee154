"""Changing a data set's YAML files: a change is an edit of one or more files, made to the text
in place (comments, key order and layout kept, unchanged entries untouched), checked against
the data set as it would be after it, refused when it adds an error, written atomically and
shown as a short diff."""
