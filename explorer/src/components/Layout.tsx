/** The frame of every page: the navigation, the search box, the page. */
import { NavLink, Outlet } from "react-router";

import { SearchBox } from "./SearchBox";

const NAV = [
  ["/", "Overview"],
  ["/workers", "Workers"],
  ["/rentals", "Rentals"],
  ["/rewards", "Block rewards"],
  ["/dao", "DAO"],
  ["/live", "Live"],
] as const;

export const Layout = () => (
  <>
    <header>
      <span className="brand">IO Explorer</span>
      <nav>
        {NAV.map(([to, label]) => (
          <NavLink key={to} to={to} end={to === "/"}>
            {label}
          </NavLink>
        ))}
      </nav>
      <SearchBox />
    </header>
    <main>
      <Outlet />
    </main>
  </>
);
