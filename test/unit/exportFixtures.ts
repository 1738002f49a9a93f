/** Cases for the export tests. */

/** Every string a case can hold, written to break out of HTML, SVG, CSS, comments and the embedded block. */
export const HOSTILE_CASE = `itcase: 1
title: "</script><script>alert('t')</script> <!-- \\"quoted\\" & 'single' \\u0007\\u001b[31m \\u202eevil"
company: { name: "<img src=x onerror=alert(1)>", industry: "</style><style>body{display:none}</style>" }
currency: USD
periods: ["<p>2024</p>", "2025 & co"]
revenue: 100
grossMargin: 25%
fixedCosts:
  "<svg onload=alert(1)>": 20
scenarios:
  - name: "</title><script>alert(2)</script>"
    note: "<svg onload=alert(7)>"
    revenueChange: -10%
investments:
  - name: "<!-- x --> ]]> </style> \\u0000"
    note: "<iframe src=javascript:alert(8)>"
    cashflows: [-10, 6, 6]
benchmarks:
  - id: evil
    title: "<script>alert(3)</script>"
    metric: "x\\" onmouseover=\\"alert(4)"
    source: "javascript:alert(5)"
    note: "<img src=x onerror=alert(6)>"
    values: { "<b>bold</b>": 1 }
sources:
  - "</script><!--"
# a comment with </script> and <!-- and ]]> and a lone \u00e9 and 😀
`;
