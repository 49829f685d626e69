"""The letters to USPS: the first message and its follow-up, and the letter for each later step
of a case. They are US English; the Indonesian mirror is for the reader."""
