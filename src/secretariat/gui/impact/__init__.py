"""The Impact page (issue 16): scorecards of the live agreements, five-year trend, status rules, annual report."""
