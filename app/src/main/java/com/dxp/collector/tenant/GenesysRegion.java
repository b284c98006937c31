package com.dxp.collector.tenant;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Genesys Cloud regions, by the domain a tenant's org lives under (reference/genesys-cloud.md §1, from the
 * official SDKs' region tables). The API host is {@code api.<domain>}, the login host {@code login.<domain>}.
 *
 * @param domain    for example {@code mypurecloud.de}
 * @param awsRegion the AWS region name the SDKs use, for example {@code eu_central_1}
 */
public record GenesysRegion(String domain, String awsRegion) {

    /** Every region the SDKs knew in 2026-07. */
    public static final List<GenesysRegion> ALL = List.of(
            new GenesysRegion("mypurecloud.com", "us_east_1"),
            new GenesysRegion("use2.us-gov-pure.cloud", "us_east_2"),
            new GenesysRegion("usw2.pure.cloud", "us_west_2"),
            new GenesysRegion("cac1.pure.cloud", "ca_central_1"),
            new GenesysRegion("sae1.pure.cloud", "sa_east_1"),
            new GenesysRegion("mxc1.pure.cloud", "mx_central_1"),
            new GenesysRegion("mypurecloud.ie", "eu_west_1"),
            new GenesysRegion("euw2.pure.cloud", "eu_west_2"),
            new GenesysRegion("mypurecloud.de", "eu_central_1"),
            new GenesysRegion("euc2.pure.cloud", "eu_central_2"),
            new GenesysRegion("edee1.eusc-pure.cloud", "eusc_de_east_1"),
            new GenesysRegion("mec1.pure.cloud", "me_central_1"),
            new GenesysRegion("aps1.pure.cloud", "ap_south_1"),
            new GenesysRegion("apse1.pure.cloud", "ap_southeast_1"),
            new GenesysRegion("mypurecloud.com.au", "ap_southeast_2"),
            new GenesysRegion("mypurecloud.jp", "ap_northeast_1"),
            new GenesysRegion("apne2.pure.cloud", "ap_northeast_2"),
            new GenesysRegion("apne3.pure.cloud", "ap_northeast_3"));

    /** The region of a domain, case-insensitively; empty for a domain Genesys does not use. */
    public static Optional<GenesysRegion> ofDomain(String domain) {
        if (domain == null) {
            return Optional.empty();
        }
        String wanted = domain.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.domain().equals(wanted)).findFirst();
    }

    /** {@code https://api.<domain>}: the base of every REST call. */
    public URI apiBaseUrl() {
        return URI.create("https://api." + domain);
    }

    /** {@code https://login.<domain>}: where client-credentials tokens come from. */
    public URI loginBaseUrl() {
        return URI.create("https://login." + domain);
    }
}
