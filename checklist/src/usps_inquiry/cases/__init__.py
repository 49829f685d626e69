"""Cases: a sent inquiry with its history, the ladder of next steps, the case view, the cases file
(export, import, the page store) and the calendar reminder."""
