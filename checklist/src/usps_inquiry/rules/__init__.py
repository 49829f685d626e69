"""What the reader should do: the sourced facts (windows, channels), the topics, the situation
questions, the channels instead of email, the steps and the windows they open."""
