# Admin of the concertation-table registry.
