// replaced by the route engine
