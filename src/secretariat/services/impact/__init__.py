"""Impact of agreements (issue 16): targets, scorecards, yearly evaluations, trends and the annual report."""
