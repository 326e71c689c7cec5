#!/usr/bin/env Rscript
# Fits every DIR/*.csv (conc,od) with minpack.lm's nlsLM in one R process, 4PL od ~ d + (a - d)/(1 + (conc/c)^b),
# unweighted; prints one line per file: name a b c d rss. Start values from the data, as in scipy-fit.py.
# Usage: Rscript nlslm-fit.R DIR > fits.txt
suppressMessages(library(minpack.lm))
dir <- commandArgs(trailingOnly = TRUE)[1]
for (path in sort(list.files(dir, pattern = "\\.csv$", full.names = TRUE))) {
  d <- read.csv(path)
  pos <- d$conc[d$conc > 0]
  start <- list(a = mean(d$od[d$conc == min(d$conc)]), b = 1, c = exp(mean(log(pos))), d = mean(d$od[d$conc == max(d$conc)]))
  m <- tryCatch(nlsLM(od ~ d + (a - d) / (1 + (conc / c)^b), data = d, start = start,
                      control = nls.lm.control(maxiter = 1000)), error = function(e) NULL)
  if (is.null(m)) cat(basename(path), "not converged\n") else
    cat(basename(path), sprintf("%.10g", c(coef(m), deviance(m))), "\n")
}
