hsbc-uk
