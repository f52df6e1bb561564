abnamro-nl
